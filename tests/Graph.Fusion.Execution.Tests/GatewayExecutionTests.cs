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

        var result = await Run(Gateway(new FusionExecutorOptions
        {
            SubgraphTimeouts = new Dictionary<string, TimeSpan> { ["reviews"] = TimeSpan.FromMilliseconds(200) }, // only the hanging one
            MaxRetries = 0,
        }), """{ productById(id: "p1") { name reviews { body } } }""");

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
    public async Task Subgraph_Errors_Of_A_Batched_Lookup_Should_Be_Reported_At_The_Client_Path()
    {
        var result = await Run(Gateway(), "{ topProducts { name warehouse } }");

        result.ToJson().Should().StartWith("""{"data":{"topProducts":[{"name":"Table","warehouse":"north"},{"name":"Chair","warehouse":null},{"name":"Lamp","warehouse":"north"}]},"errors":[""");
        var error = result.Errors.Should().ContainSingle().Subject;
        error.Path.Should().Equal("topProducts", 1, "warehouse");
        error.Message.Should().Be("The warehouse of p2 is unknown.");
        error.Code.Should().Be("WAREHOUSE_UNKNOWN");
    }

    [Fact]
    public async Task An_Entity_A_Subgraph_Does_Not_Find_Should_Be_Null_Without_Calling_Its_Lookups()
    {
        var result = await Run(Gateway(), """{ productById(id: "nope") { name inStock } }""");

        result.ToJson().Should().Be("""{"data":{"productById":null}}""");
        _graph.InventorySubgraph.Requests.Should().BeEmpty();
    }

    [Fact]
    public async Task Mutation_Root_Fields_Should_Run_In_Order_Across_Subgraphs()
    {
        var result = await Run(Gateway(), """
            mutation {
              first: addReview(productId: "p1", body: "One") { body product { name } }
              renameProduct(id: "p2", name: "Stool") { name }
              second: addReview(productId: "p2", body: "Two") { body }
            }
            """);

        result.ToJson().Should().Be("""{"data":{"first":{"body":"One","product":{"name":"Table"}},"renameProduct":{"name":"Stool"},"second":{"body":"Two"}}}""");
        var reviews = _graph.ReviewsSubgraph.Arrivals.ToArray();
        var products = _graph.ProductsSubgraph.Arrivals.ToArray();
        reviews.Should().HaveCount(2);
        products.Should().HaveCount(2); // the lookup of first.product, then renameProduct
        products.Should().OnlyContain(p => p > reviews[0] && p < reviews[1]);
    }

    [Fact]
    public async Task A_Query_Fetch_Should_Be_Retried_After_A_Transient_Failure()
    {
        _graph.ProductsSubgraph.FailNext = 1;

        var result = await Run(Gateway(new FusionExecutorOptions { RetryDelay = TimeSpan.Zero }), "{ topProducts(first: 1) { name } }");

        result.ToJson().Should().Be("""{"data":{"topProducts":[{"name":"Table"}]}}""");
        _graph.ProductsSubgraph.Requests.Should().HaveCount(2);
    }

    [Fact]
    public async Task A_Mutation_Fetch_Should_Never_Be_Retried()
    {
        _graph.ProductsSubgraph.FailNext = 1;

        var result = await Run(Gateway(new FusionExecutorOptions { RetryDelay = TimeSpan.Zero }), """mutation { renameProduct(id: "p1", name: "Desk") { name } }""");

        result.ToJson().Should().StartWith("""{"data":{"renameProduct":null},"errors":[""");
        result.Errors.Should().ContainSingle().Which.Code.Should().Be(FusionErrorCodes.SubgraphUnavailable);
        _graph.ProductsSubgraph.Requests.Should().ContainSingle();
    }

    [Fact]
    public async Task An_Open_Circuit_Should_Reject_Fetches_Without_Calling_The_Subgraph()
    {
        _graph.ReviewsSubgraph.Hang = true;
        var gateway = Gateway(new FusionExecutorOptions
        {
            SubgraphTimeout = TimeSpan.FromMilliseconds(100),
            MaxRetries = 0,
            CircuitBreakerMinimumThroughput = 2,
            CircuitBreakerBreakDuration = TimeSpan.FromMinutes(1),
        });

        await Run(gateway, "{ latestReviews { body } }");
        await Run(gateway, "{ latestReviews { body } }");
        var rejected = await Run(gateway, "{ latestReviews { body } }");

        rejected.Errors.Should().ContainSingle().Which.Code.Should().Be(FusionErrorCodes.SubgraphUnavailable);
        _graph.ReviewsSubgraph.Requests.Should().HaveCount(2);
    }

    [Fact]
    public async Task A_Subgraph_Response_Over_The_Limit_Should_Be_A_Bad_Response()
    {
        var result = await Run(Gateway(new FusionExecutorOptions { MaxSubgraphResponseBytes = 16 }), "{ topProducts { name } }");

        result.Errors.Should().ContainSingle().Which.Code.Should().Be(FusionErrorCodes.SubgraphBadResponse);
        result.Errors.Single().Path.Should().Equal("topProducts");
    }

    [Fact]
    public async Task Cancelling_The_Request_Should_Cancel_The_Subgraph_Fetch()
    {
        _graph.ReviewsSubgraph.Hang = true;
        using var cancellation = new CancellationTokenSource();
        var gateway = Gateway(new FusionExecutorOptions { SubgraphTimeout = TimeSpan.FromMinutes(5) });

        var running = gateway.ExecuteAsync(new OperationRequest { Document = "{ latestReviews { body } }" }, cancellation.Token);
        await Graph.Testing.Polling.Eventually.HoldsAsync(() => !_graph.ReviewsSubgraph.Requests.IsEmpty, "the reviews subgraph to receive the fetch");
        await cancellation.CancelAsync();

        await FluentActions.Awaiting(() => running).Should().ThrowAsync<OperationCanceledException>();
    }

    [Fact]
    public async Task Each_Plan_Node_Should_Have_A_Span_Naming_Its_Subgraph()
    {
        var spans = new System.Collections.Concurrent.ConcurrentQueue<System.Diagnostics.Activity>();
        using var testSource = new System.Diagnostics.ActivitySource("Graph.Fusion.Tests.Spans");
        using var listener = new System.Diagnostics.ActivityListener
        {
            ShouldListenTo = source => source.Name is "Graph.Fusion" or "Graph.Fusion.Tests.Spans",
            Sample = (ref System.Diagnostics.ActivityCreationOptions<System.Diagnostics.ActivityContext> _) => System.Diagnostics.ActivitySamplingResult.AllData,
            ActivityStopped = spans.Enqueue,
        };
        System.Diagnostics.ActivitySource.AddActivityListener(listener);

        // The listener also hears the plan nodes of other tests running at the same time: only this request's trace counts.
        System.Diagnostics.ActivityTraceId trace;
        using (var request = testSource.StartActivity("request")!)
        {
            trace = request.TraceId;
            await Run(Gateway(), "{ topProducts(first: 1) { name inStock reviews { body } } }");
        }

        spans.Where(s => s.Source.Name == "Graph.Fusion" && s.TraceId == trace)
            .Select(s => s.GetTagItem("graphql.fusion.subgraph")).Should().BeEquivalentTo(new object[] { "products", "inventory", "reviews" });
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

    [Fact]
    public async Task Disposing_The_Response_Stream_Should_Close_The_Subgraph_Subscription()
    {
        var result = await Gateway().ExecuteAsync(new OperationRequest { Document = "subscription { productTicks { name } }" });
        var stream = result.Should().BeOfType<ResponseStream>().Subject;

        await using (var events = stream.ReadResultsAsync().GetAsyncEnumerator())
        {
            (await events.MoveNextAsync()).Should().BeTrue();
            events.Current.ToJson().Should().Be("""{"data":{"productTicks":{"name":"Lamp"}}}""");
        }

        await stream.DisposeAsync();
        await _graph.TicksCancelled.Task.WaitAsync(TimeSpan.FromSeconds(30));
    }

    [Fact]
    public async Task A_Subscription_To_A_Stopped_Subgraph_Should_Be_A_Request_Error()
    {
        await _graph.InventorySubgraph.StopAsync();

        var result = await Gateway().ExecuteAsync(new OperationRequest { Document = "subscription { productRestocked { id } }" });

        result.Should().BeOfType<OperationResult>().Which.Errors.Should().ContainSingle().Which.Code.Should().Be(FusionErrorCodes.SubgraphUnavailable);
    }

    [Fact]
    public async Task A_Failed_Lookup_Should_Report_One_Error_Per_Entity_Even_When_Non_Null_Fields_Propagate()
    {
        await _graph.InventorySubgraph.StopAsync();

        var result = await Run(Gateway(new FusionExecutorOptions { MaxRetries = 0 }), "{ latestReviews { body product { name inStock warehouse } } }");

        result.ToJson().Should().StartWith("""{"data":null,"errors":[""");
        result.Errors.Should().OnlyContain(e => e.Code == FusionErrorCodes.SubgraphUnavailable);
        result.Errors.Select(e => string.Join('.', e.Path!)).Should().BeEquivalentTo(
            "latestReviews.0.product.inStock", "latestReviews.1.product.inStock", "latestReviews.2.product.inStock");
    }

    [Fact]
    public async Task Concurrent_Requests_For_One_Document_Should_Share_One_Plan_And_Get_Equal_Results()
    {
        var gateway = Gateway();

        var results = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Run(gateway, "{ topProducts { name inStock } }")));

        results.Select(r => r.ToJson()).Distinct().Should().ContainSingle()
            .Which.Should().Be("""{"data":{"topProducts":[{"name":"Table","inStock":true},{"name":"Chair","inStock":false},{"name":"Lamp","inStock":true}]}}""");
        gateway.Plans.Plannings.Should().Be(1);
    }
}
