using System.Collections.Concurrent;
using Graph.Types.Resolvers;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Graph.Execution.DataLoader;

/// <summary>
/// The DataLoaders of one request: the request's <see cref="IBatchScheduler"/> and the delegate-based loaders
/// created by resolvers, by name. The executor stores it in the request's context data.
/// </summary>
public sealed class DataLoaderScope(IBatchScheduler scheduler)
{
    /// <summary>The context data key under which the executor stores the scope.</summary>
    public const string ContextDataKey = "Graph.Execution.DataLoaderScope";

    // Made on first use: most requests (a subgraph's lookup runs once per variable set) create no delegate-based loader.
    private ConcurrentDictionary<string, Entry>? _loaders;

    // The loader found last: resolvers of one field ask for the same loader by the same name string once per object.
    private Entry? _last;

    public IBatchScheduler Scheduler { get; } = scheduler;

    public T GetOrAdd<T>(string name, Func<IBatchScheduler, T> create)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(create);
        var loaders = Volatile.Read(ref _loaders)
            ?? Interlocked.CompareExchange(ref _loaders, new ConcurrentDictionary<string, Entry>(StringComparer.Ordinal), null)
            ?? _loaders!;
        return (T)loaders.GetOrAdd(name, static (key, state) => new Entry(key, state.create(state.scheduler)), (create, scheduler: Scheduler)).Loader;
    }

    /// <summary>The loader already registered under <paramref name="name"/>, if any (no factory to allocate).</summary>
    internal T? Find<T>(string name)
        where T : class
    {
        var last = Volatile.Read(ref _last);
        if (last is not null && ReferenceEquals(last.Name, name))
        {
            return (T)last.Loader;
        }

        if (Volatile.Read(ref _loaders) is not { } loaders || !loaders.TryGetValue(name, out var entry))
        {
            return null;
        }

        Volatile.Write(ref _last, entry);
        return (T)entry.Loader;
    }

    private sealed record Entry(string Name, object Loader);
}

/// <summary>DataLoader access from resolvers, as in HotChocolate (<c>context.BatchDataLoader(...)</c>, <c>context.DataLoader&lt;T&gt;()</c>).</summary>
public static class ResolverContextDataLoaderExtensions
{
    /// <summary>The request's DataLoader scope.</summary>
    public static DataLoaderScope DataLoaders(this IResolverContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context is ResolverContext { Operation.DataLoaders: { } own })
        {
            return own;
        }

        return context.ContextData.TryGetValue(DataLoaderScope.ContextDataKey, out var scope) && scope is DataLoaderScope typed
            ? typed
            : throw new InvalidOperationException("The request has no DataLoader scope; execute through IRequestExecutor.");
    }

    /// <summary>A DataLoader registered in the request's services (see <see cref="DataLoaderServiceCollectionExtensions.AddDataLoader{T}"/>).</summary>
    public static T DataLoader<T>(this IResolverContext context)
        where T : notnull
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.Services.GetRequiredService<T>();
    }

    /// <summary>The request's delegate-based batch loader named <paramref name="name"/>, created on first use.</summary>
    public static BatchDataLoader<TKey, TValue> BatchDataLoader<TKey, TValue>(
        this IResolverContext context,
        Func<IReadOnlyList<TKey>, CancellationToken, Task<IReadOnlyDictionary<TKey, TValue>>> fetch,
        string? name = null)
        where TKey : notnull
    {
        ArgumentNullException.ThrowIfNull(fetch);
        var key = name ?? context.Field.Coordinate;
        var scope = context.DataLoaders();

        // Every resolver call asks for the loader; only the first of a request needs the factory (and its closure).
        return scope.Find<BatchDataLoader<TKey, TValue>>(key) ?? AddBatchDataLoader(scope, key, fetch);
    }

    private static BatchDataLoader<TKey, TValue> AddBatchDataLoader<TKey, TValue>(
        DataLoaderScope scope, string key, Func<IReadOnlyList<TKey>, CancellationToken, Task<IReadOnlyDictionary<TKey, TValue>>> fetch)
        where TKey : notnull =>
        scope.GetOrAdd<BatchDataLoader<TKey, TValue>>(key, scheduler => new FuncBatchDataLoader<TKey, TValue>(scheduler, fetch));

    /// <summary>The request's delegate-based grouped (1:n) loader named <paramref name="name"/>, created on first use.</summary>
    public static GroupedDataLoader<TKey, TValue> GroupDataLoader<TKey, TValue>(
        this IResolverContext context,
        Func<IReadOnlyList<TKey>, CancellationToken, Task<ILookup<TKey, TValue>>> fetch,
        string? name = null)
        where TKey : notnull
    {
        ArgumentNullException.ThrowIfNull(fetch);
        var key = name ?? context.Field.Coordinate;
        var scope = context.DataLoaders();
        return scope.Find<GroupedDataLoader<TKey, TValue>>(key) ?? AddGroupDataLoader(scope, key, fetch);
    }

    private static GroupedDataLoader<TKey, TValue> AddGroupDataLoader<TKey, TValue>(
        DataLoaderScope scope, string key, Func<IReadOnlyList<TKey>, CancellationToken, Task<ILookup<TKey, TValue>>> fetch)
        where TKey : notnull =>
        scope.GetOrAdd<GroupedDataLoader<TKey, TValue>>(key, scheduler => new FuncGroupedDataLoader<TKey, TValue>(scheduler, fetch));
}

/// <summary>Registers DataLoaders as request-scoped services sharing the request's <see cref="IBatchScheduler"/>.</summary>
public static class DataLoaderServiceCollectionExtensions
{
    /// <summary>Registers the request-scoped <see cref="IBatchScheduler"/> the executor and DataLoaders share.</summary>
    public static IServiceCollection AddDataLoaderScheduler(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.TryAddScoped<BatchScheduler>();
        services.TryAddScoped<IBatchScheduler>(sp => sp.GetRequiredService<BatchScheduler>());
        return services;
    }

    /// <summary>Registers <typeparamref name="T"/> per request (its constructor takes an <see cref="IBatchScheduler"/>).</summary>
    public static IServiceCollection AddDataLoader<T>(this IServiceCollection services)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(services);
        AddDataLoaderScheduler(services);
        services.TryAddScoped<T>();
        return services;
    }
}
