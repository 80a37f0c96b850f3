using System.Linq.Expressions;
using System.Runtime.CompilerServices;

namespace Graph.Types.CodeFirst;

/// <summary>
/// The single place code-first compiles expression trees, so that "compiled once at startup" can be checked:
/// <see cref="Count"/> counts compilations in the current async flow while a counting scope is open.
/// </summary>
internal static class ExpressionCompiler
{
    private static readonly AsyncLocal<StrongBox<int>?> Counter = new();

    public static TDelegate Compile<TDelegate>(Expression<TDelegate> lambda)
        where TDelegate : Delegate
    {
        if (Counter.Value is { } counter)
        {
            Interlocked.Increment(ref counter.Value);
        }

        return lambda.Compile();
    }

    /// <summary>Starts counting compilations in this async flow (tests); read with <see cref="Count"/>.</summary>
    public static StrongBox<int> StartCounting() => Counter.Value = new StrongBox<int>();

    public static int Count => Counter.Value?.Value ?? 0;
}
