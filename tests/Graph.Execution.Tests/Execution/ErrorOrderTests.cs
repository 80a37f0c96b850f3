using FluentAssertions;
using Graph.Execution.Tests.Support;
using Xunit;

namespace Graph.Execution.Tests.Execution;

/// <summary>Errors come out in response order whatever order concurrent resolvers fail in.</summary>
public sealed class ErrorOrderTests
{
    private const string Sdl = """
        type Query { first: Int, second: Int, items: [Item] }
        type Item { id: Int, fails: Int }
        """;

    [Fact]
    public async Task Errors_Of_Concurrent_Fields_Should_Follow_The_Response_Not_The_Clock()
    {
        // Each resolver fails after a delay that shrinks along the response, so they fail in reverse order.
        var executor = TestGraph.Executor(Sdl, b => b
            .BindResolver("Query", "first", _ => FailAfter(150, "first"))
            .BindResolver("Query", "second", _ => FailAfter(100, "second"))
            .BindResolver("Query", "items", _ => new ValueTask<object?>(new[] { 2, 1, 0 }))
            .BindResolver("Item", "id", ctx => new ValueTask<object?>(ctx.Parent))
            .BindResolver("Item", "fails", ctx => FailAfter(20 * (int)ctx.Parent!, $"item {ctx.Parent}")), jsonResolvers: false);

        var result = await executor.RunAsync("{ items { id fails } second first }");

        result.Errors.Select(e => e.Message).Should().Equal("item 2", "item 1", "item 0", "second", "first");
        result.Errors.Select(e => string.Join('.', e.Path!)).Should().Equal("items.0.fails", "items.1.fails", "items.2.fails", "second", "first");
    }

    private static async ValueTask<object?> FailAfter(int milliseconds, string message)
    {
        await Task.Delay(milliseconds);
        throw new GraphQLException(message);
    }
}
