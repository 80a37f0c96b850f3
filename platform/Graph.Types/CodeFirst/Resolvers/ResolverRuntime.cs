using System.Runtime.CompilerServices;
using Graph.Types.Resolvers;
using Microsoft.Extensions.DependencyInjection;

namespace Graph.Types.CodeFirst;

/// <summary>
/// The helpers compiled resolvers call: adapting async results to <see cref="FieldResolver"/>'s
/// <see cref="ValueTask{TResult}"/>, reading arguments and services. Generic, so no value is inspected by reflection.
/// </summary>
internal static class ResolverRuntime
{
    public static ValueTask<object?> FromTask<T>(Task<T> task) =>
        task.IsCompletedSuccessfully ? new ValueTask<object?>(task.Result) : AwaitTask(task);

    public static ValueTask<object?> FromValueTask<T>(ValueTask<T> task) =>
        task.IsCompletedSuccessfully ? new ValueTask<object?>(task.Result) : AwaitValueTask(task);

    /// <summary>An <see cref="IAsyncEnumerable{T}"/> returned by a query or mutation field: read whole, as a list.</summary>
    public static async ValueTask<object?> FromStream<T>(IAsyncEnumerable<T> stream, CancellationToken cancellationToken)
    {
        var items = new List<T>();
        await foreach (var item in stream.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            items.Add(item);
        }

        return items;
    }

    public static ValueTask<IAsyncEnumerable<object?>> SourceStream<T>(IAsyncEnumerable<T> stream) => new(Box(stream));

    public static async ValueTask<IAsyncEnumerable<object?>> SourceStreamFromTask<T>(Task<IAsyncEnumerable<T>> task) =>
        Box(await task.ConfigureAwait(false));

    public static async ValueTask<IAsyncEnumerable<object?>> SourceStreamFromValueTask<T>(ValueTask<IAsyncEnumerable<T>> task) =>
        Box(await task.ConfigureAwait(false));

    /// <summary>The argument's coerced value converted to the parameter's type; <paramref name="fallback"/> when absent.</summary>
    public static T Argument<T>(IResolverContext context, string name, Func<object?, object?>? convert, T fallback)
    {
        if (!context.Arguments.TryGetValue(name, out var value))
        {
            return fallback;
        }

        var converted = convert is null ? value : convert(value);
        return converted is null ? default! : (T)converted;
    }

    public static T Service<T>(IResolverContext context, string parameter, bool required)
    {
        if (context.Services.GetService(typeof(T)) is T service)
        {
            return service;
        }

        return required
            ? throw new InvalidOperationException($"No service of type {typeof(T)} is registered for parameter {parameter}.")
            : default!;
    }

    /// <summary>A parent of the wrong type is a wiring mistake; say which member expected what.</summary>
    public static T Parent<T>(IResolverContext context, string member) => context.Parent is T parent
        ? parent
        : throw new InvalidOperationException(
            $"{member} expects a parent of type {typeof(T)}, but the parent is {(context.Parent is null ? "null" : context.Parent.GetType().ToString())}.");

    /// <summary>The instance of a non-static resolver class: from the request's services, else constructed with them.</summary>
    public static T Instance<T>(IResolverContext context, ObjectFactory factory) =>
        context.Services.GetService(typeof(T)) is T registered ? registered : (T)factory(context.Services, null);

    private static async ValueTask<object?> AwaitTask<T>(Task<T> task) => await task.ConfigureAwait(false);

    private static async ValueTask<object?> AwaitValueTask<T>(ValueTask<T> task) => await task.ConfigureAwait(false);

    // Reference-type streams are already IAsyncEnumerable<object?> by covariance; value types are boxed one by one.
    private static IAsyncEnumerable<object?> Box<T>(IAsyncEnumerable<T> stream) =>
        stream as IAsyncEnumerable<object?> ?? BoxEach(stream);

    private static async IAsyncEnumerable<object?> BoxEach<T>(IAsyncEnumerable<T> stream, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await foreach (var item in stream.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            yield return item;
        }
    }
}
