using System.Runtime.CompilerServices;
using FluentAssertions;
using Graph.Execution.Tests.Support;
using Xunit;

namespace Graph.Execution.Tests.Execution;

/// <summary>Spec 6.2.3 "Subscription": source stream to response stream.</summary>
public sealed class SubscriptionTests
{
    private const string Sdl = "type Query { a: String } type Subscription { orderStatus(id: ID!): Status } type Status { id: ID!, status: String! }";

    private static async IAsyncEnumerable<object?> Events(string id, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        foreach (var status in new[] { "PENDING", "PAID", null, "SHIPPED" })
        {
            await Task.Yield();
            cancellationToken.ThrowIfCancellationRequested();
            yield return new Dictionary<string, object?> { ["id"] = id, ["status"] = status };
        }
    }

    [Fact]
    public async Task Each_Source_Event_Should_Execute_The_Selection_Set_Once()
    {
        var executor = TestGraph.Executor(Sdl, b => b
            .BindSubscribe("Subscription", "orderStatus", ctx => new ValueTask<IAsyncEnumerable<object?>>(Events((string)ctx.Arguments["id"]!)))
            .BindResolver("Subscription", "orderStatus", ctx => new ValueTask<object?>(ctx.Parent)));

        var result = await executor.ExecuteAsync(new OperationRequest { Document = "subscription { orderStatus(id: 7) { id status } }" });

        var stream = result.Should().BeOfType<ResponseStream>().Subject;
        var responses = new List<string>();
        await foreach (var response in stream.ReadResultsAsync())
        {
            responses.Add(response.ToJson());
        }

        await stream.DisposeAsync();
        responses.Should().Equal(
            """{"data":{"orderStatus":{"id":"7","status":"PENDING"}}}""",
            """{"data":{"orderStatus":{"id":"7","status":"PAID"}}}""",
            """{"data":{"orderStatus":null},"errors":[{"message":"Cannot return null for non-nullable field Status.status.","locations":[{"line":1,"column":40}],"path":["orderStatus","status"]}]}""",
            """{"data":{"orderStatus":{"id":"7","status":"SHIPPED"}}}""");
    }

    [Fact]
    public async Task Subscribe_Resolver_Error_Should_Be_A_Single_Result_Without_Data()
    {
        var executor = TestGraph.Executor(Sdl, b => b
            .BindSubscribe("Subscription", "orderStatus", _ => throw new GraphQLException("No such order.", "NOT_FOUND")));

        var result = await executor.ExecuteAsync(new OperationRequest { Document = "subscription { orderStatus(id: 1) { id } }" });

        result.Should().BeOfType<OperationResult>().Which.ToJson().Should().Be(
            """{"errors":[{"message":"No such order.","locations":[{"line":1,"column":16}],"path":["orderStatus"],"extensions":{"code":"NOT_FOUND"}}]}""");
    }
}
