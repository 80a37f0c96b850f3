using System.Text.Json;
using FluentAssertions;
using Graph.Execution;
using Graph.Fusion.Execution.Tests.Support;
using Xunit;

namespace Graph.Fusion.Execution.Tests;

/// <summary>End to end through <see cref="FusionRequestExecutor"/> against three real subgraph servers.</summary>
public sealed class GatewayExecutionTests : IAsyncLifetime
{
    private ProductGraph _graph = null!;

    public async Task InitializeAsync() => _graph = await ProductGraph.StartAsync();

    public async Task DisposeAsync() => await _graph.DisposeAsync();

    private FusionRequestExecutor Gateway(FusionExecutorOptions? options = null) => new(_graph.Schema, options ?? new FusionExecutorOptions());

    private static async Task<OperationResult> Run(FusionRequestExecutor gateway, string document, string? variables = null)
    {
        var result = await gateway.ExecuteAsync(new OperationRequest
        {
            Document = document,
            Variables = variables is null ? null : JsonDocument.Parse(variables).RootElement.Clone(),
        });
        return result.Should().BeOfType<OperationResult>().Subject;
    }

    [Fact]
    public async Task A_Nested_Query_Across_Three_Subgraphs_Should_Merge_In_Selection_Order()
    {
        var result = await Run(Gateway(), "{ topProducts { name reviews { body } inStock id } }");

        result.ToJson().Should().Be("""{"data":{"topProducts":[{"name":"Table","reviews":[{"body":"Solid."},{"body":"Heavy."}],"inStock":true,"id":"p1"},{"name":"Chair","reviews":[{"body":"Comfortable."}],"inStock":false,"id":"p2"},{"name":"Lamp","reviews":[],"inStock":true,"id":"p3"}]}}""");
    }

    [Fact]
    public async Task Lookups_For_Many_Parents_Should_Be_One_Batched_Request_Per_Subgraph_And_Node()
    {
        await Run(Gateway(), "{ topProducts { name reviews { body } inStock } }");

        _graph.ProductsSubgraph.Requests.Should().ContainSingle();
        _graph.ReviewsSubgraph.Requests.Should().ContainSingle().Which.IsBatch.Should().BeTrue();
        _graph.InventorySubgraph.Requests.Should().ContainSingle().Which.Accept.Should().Contain("application/jsonl");
    }

    [Fact]
    public async Task Equal_Keys_Should_Be_Looked_Up_Once()
    {
        var result = await Run(Gateway(), "{ latestReviews { id product { name } } }");

        result.ToJson().Should().Be("""{"data":{"latestReviews":[{"id":"r1","product":{"name":"Table"}},{"id":"r2","product":{"name":"Table"}},{"id":"r3","product":{"name":"Chair"}}]}}""");
        var lookup = _graph.ProductsSubgraph.Requests.Should().ContainSingle().Subject;
        JsonDocument.Parse(lookup.Body).RootElement.GetProperty("variables").GetArrayLength().Should().Be(2);
    }

    [Fact]
    public async Task A_Required_Field_Should_Receive_Its_Requirement_From_Another_Subgraph()
    {
        var result = await Run(Gateway(), "{ latestReviews { product { name shippingEstimate } } }");

        result.ToJson().Should().Be("""{"data":{"latestReviews":[{"product":{"name":"Table","shippingEstimate":20}},{"product":{"name":"Table","shippingEstimate":20}},{"product":{"name":"Chair","shippingEstimate":10}}]}}""");
    }

    [Fact]
    public async Task Aliases_Fragments_Variables_And_Conditions_Should_Shape_The_Client_Selection()
    {
        var gateway = Gateway();
        const string Document = """
            query Top($first: Int, $withReviews: Boolean!) {
              best: topProducts(first: $first) { ...Parts kind: __typename ... on Product { title: name } }
            }
            fragment Parts on Product { id reviews @include(if: $withReviews) { text: body } inStock @skip(if: true) }
            """;

        var with = await Run(gateway, Document, """{"first":1,"withReviews":true}""");
        var without = await Run(gateway, Document, """{"first":1,"withReviews":false}""");

        with.ToJson().Should().Be("""{"data":{"best":[{"id":"p1","reviews":[{"text":"Solid."},{"text":"Heavy."}],"kind":"Product","title":"Table"}]}}""");
        without.ToJson().Should().Be("""{"data":{"best":[{"id":"p1","kind":"Product","title":"Table"}]}}""");
    }

    [Fact]
    public async Task An_Interface_Should_Resolve_Each_Possible_Type_Through_Its_Own_Subgraphs()
    {
        var result = await Run(Gateway(), "{ items { __typename id ... on Product { reviews { body } } ... on Category { title } } }");

        result.ToJson().Should().Be("""{"data":{"items":[{"__typename":"Product","id":"p1","reviews":[{"body":"Solid."},{"body":"Heavy."}]},{"__typename":"Category","id":"c1","title":"Furniture"}]}}""");
    }

    [Fact]
    public async Task Introspection_Should_Be_Answered_Locally_From_The_Client_Schema()
    {
        var result = await Run(Gateway(), """{ __typename __type(name: "Product") { fields { name } } }""");

        var json = result.ToJson();
        json.Should().StartWith("""{"data":{"__typename":"Query","__type":{"fields":[{"name":"id"}""");
        json.Should().NotContain("secretCode").And.NotContain("fusion__");
        _graph.ProductsSubgraph.Requests.Should().BeEmpty();
    }

    [Fact]
    public async Task Invalid_Documents_And_Limits_Should_Fail_With_The_Engine_Codes()
    {
        var gateway = Gateway(new FusionExecutorOptions { Limits = new Graph.Execution.Processing.OperationLimits { MaxDepth = 2 } });

        var invalid = await Run(gateway, "{ topProducts { nope } }");
        var deep = await Run(gateway, "{ latestReviews { product { reviews { body } } } }");
        var inaccessible = await Run(gateway, "{ topProducts { secretCode } }");

        var engine = new RequestExecutor(_graph.Schema.ClientSchema);
        var engineInvalid = await engine.ExecuteAsync(new OperationRequest { Document = "{ topProducts { nope } }" });
        invalid.Errors.Should().ContainSingle().Which.Code.Should().Be(engineInvalid.Errors.Single().Code).And.NotBeNull();
        invalid.Errors.Single().Message.Should().Be(engineInvalid.Errors.Single().Message);
        deep.Errors.Should().ContainSingle().Which.Code.Should().Be(ErrorCodes.MaxDepthExceeded);
        inaccessible.Errors.Should().ContainSingle().Which.Message.Should().Contain("secretCode");
        invalid.HasData.Should().BeFalse();
    }

    [Fact]
    public async Task A_Stopped_Subgraph_Should_Give_Partial_Data_With_An_Error_At_Each_Path()
    {
        await _graph.ReviewsSubgraph.StopAsync();

        var result = await Run(Gateway(new FusionExecutorOptions { MaxRetries = 0 }), "{ topProducts(first: 2) { name reviews { body } } }");

        result.ToJson().Should().StartWith("""{"data":{"topProducts":[{"name":"Table","reviews":null},{"name":"Chair","reviews":null}]},"errors":[""");
        result.Errors.Select(e => string.Join('.', e.Path!)).Should().BeEquivalentTo("topProducts.0.reviews", "topProducts.1.reviews");
        result.Errors.Should().OnlyContain(e => e.Code == FusionErrorCodes.SubgraphUnavailable);
    }

    [Fact]
    public async Task A_Failing_Non_Null_Field_Should_Null_The_Nearest_Nullable_Parent()
    {
        await _graph.InventorySubgraph.StopAsync();

        var result = await Run(Gateway(new FusionExecutorOptions { MaxRetries = 0 }), """{ productById(id: "p1") { name inStock } }""");

        result.ToJson().Should().StartWith("""{"data":{"productById":null},"errors":[""");
        var error = result.Errors.Should().ContainSingle().Subject;
        error.Code.Should().Be(FusionErrorCodes.SubgraphUnavailable);
        error.Path.Should().Equal("productById", "inStock");
    }

    [Fact]
    public async Task A_Subgraph_That_Does_Not_Answer_In_Time_Should_Give_A_Timeout_Error()
    {
        _graph.ReviewsSubgraph.Hang = true;

        var result = await Run(Gateway(new FusionExecutorOptions { SubgraphTimeout = TimeSpan.FromMilliseconds(200), MaxRetries = 0 }), """{ productById(id: "p1") { name reviews { body } } }""");

        result.ToJson().Should().StartWith("""{"data":{"productById":{"name":"Table","reviews":null}},"errors":[""");
        result.Errors.Should().ContainSingle().Which.Code.Should().Be(FusionErrorCodes.SubgraphTimeout);
    }

    [Fact]
    public async Task A_Subgraph_Answering_Garbage_Should_Give_A_Bad_Response_Error_For_Its_Root_Fields()
    {
        _graph.ReviewsSubgraph.AnswerGarbage = true;

        var result = await Run(Gateway(), "{ latestReviews { body } topProducts(first: 1) { name } }");

        result.ToJson().Should().StartWith("""{"data":null,"errors":[""");
        var error = result.Errors.Should().ContainSingle().Subject;
        error.Code.Should().Be(FusionErrorCodes.SubgraphBadResponse);
        error.Path.Should().Equal("latestReviews");
    }

    [Fact]
    public async Task Subgraph_Errors_Should_Be_Reported_At_The_Client_Path()
    {
        var result = await Run(Gateway(), """{ productById(id: "p1") { name shippingEstimate } best: productById(id: "nope") { name } }""");

        result.ToJson().Should().Be("""{"data":{"productById":{"name":"Table","shippingEstimate":20},"best":null}}""");
    }

    [Fact]
    public async Task The_Subgraph_Request_Hook_Should_See_Every_Fetch()
    {
        var gateway = Gateway(new FusionExecutorOptions
        {
            OnSubgraphRequest = (request, message) =>
            {
                message.Headers.Add("X-Forwarded-Test", (string)request.ContextData!["who"]!);
                return ValueTask.CompletedTask;
            },
        });

        await gateway.ExecuteAsync(new OperationRequest
        {
            Document = "{ topProducts(first: 1) { inStock } }",
            ContextData = new Dictionary<string, object?> { ["who"] = "alice" },
        });

        _graph.ProductsSubgraph.Requests.Should().ContainSingle().Which.ForwardedHeader.Should().Be("alice");
        _graph.InventorySubgraph.Requests.Should().ContainSingle().Which.ForwardedHeader.Should().Be("alice");
    }

    [Fact]
    public async Task A_Subscription_Should_Complete_Each_Event_Through_The_Other_Subgraphs()
    {
        var result = await Gateway().ExecuteAsync(new OperationRequest { Document = "subscription { productRestocked { id name inStock } }" });

        var stream = result.Should().BeOfType<ResponseStream>().Subject;
        var events = new List<string>();
        await using (stream)
        {
            await foreach (var item in stream.ReadResultsAsync())
            {
                events.Add(item.ToJson());
            }
        }

        events.Should().Equal(
            """{"data":{"productRestocked":{"id":"p1","name":"Table","inStock":true}}}""",
            """{"data":{"productRestocked":{"id":"p2","name":"Chair","inStock":true}}}""");
    }
}
