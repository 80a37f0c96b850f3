using System.Runtime.CompilerServices;

namespace Graph.Types.Resolvers;

/// <summary>
/// A resolver's value of type <typeparamref name="T"/> in the form the executor takes it (a
/// <see cref="ValueTask{TResult}"/> of <see cref="object"/>), typed so that a code-first field's GraphQL type is
/// inferred from <typeparamref name="T"/>. A code-first resolver that returns one hands it to the executor as it is,
/// with no async adapter of its own (the executor's <see cref="FieldResolver"/> signature); a
/// <see cref="FieldResolver"/> lambda may return it too, by its implicit conversion. The DataLoader's
/// <c>LoadResultAsync</c> returns one: the pending key itself completes it, with no promise per caller.
/// </summary>
/// <remarks>As any <see cref="ValueTask{TResult}"/>, it may be awaited (or its result read) only once.</remarks>
public readonly struct ResolverResult<T>
{
    private readonly ValueTask<object?> _value;

    /// <summary>A result that completes with <paramref name="value"/>'s outcome, which must be a <typeparamref name="T"/>.</summary>
    public ResolverResult(ValueTask<object?> value) => _value = value;

    /// <summary>A completed result.</summary>
    public ResolverResult(T value) => _value = new ValueTask<object?>(value);

    public bool IsCompleted => _value.IsCompleted;

    public bool IsCompletedSuccessfully => _value.IsCompletedSuccessfully;

    /// <summary>The value of a completed result; reading a pending one throws, as <see cref="ValueTask{TResult}.Result"/> does for a source that is not done.</summary>
    public T Result => (T)_value.Result!;

    public static implicit operator ValueTask<object?>(ResolverResult<T> result) => result._value;

    /// <summary>The executor's form of the result.</summary>
    public ValueTask<object?> AsValueTask() => _value;

    public Awaiter GetAwaiter() => new(_value.GetAwaiter());

    /// <summary>Awaits the underlying <see cref="ValueTask{TResult}"/> and hands back its value as a <typeparamref name="T"/>.</summary>
    public readonly struct Awaiter : ICriticalNotifyCompletion
    {
        private readonly ValueTaskAwaiter<object?> _inner;

        internal Awaiter(ValueTaskAwaiter<object?> inner) => _inner = inner;

        public bool IsCompleted => _inner.IsCompleted;

        public T GetResult() => (T)_inner.GetResult()!;

        public void OnCompleted(Action continuation) => _inner.OnCompleted(continuation);

        public void UnsafeOnCompleted(Action continuation) => _inner.UnsafeOnCompleted(continuation);
    }
}
