using FluentAssertions;
using Graph.Fusion.Execution.Planning;
using Graph.Testing;
using Xunit;

namespace Graph.Fusion.Execution.Tests;

/// <summary>
/// The engine against the composition checked in at <c>schema/gateway.graphql</c> (written by <c>graph compose</c>):
/// it loads, and the product's cross-subgraph operations plan. Structural assertions only, so that a new
/// composition does not need new snapshots here.
/// </summary>
public sealed class CheckedInCompositionTests
{
    private static readonly Lazy<FusionSchema> Schema = new(() =>
    {
        var sdl = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "schema", "gateway.graphql"));
        var names = System.Text.RegularExpressions.Regex.Matches(sdl, "@fusion__schema_metadata\\(name: \"([a-z0-9_]+)\"\\)")
            .Select(m => m.Groups[1].Value)
            .Distinct();
        return FusionSchema.Load(sdl, names.ToDictionary(n => n, n => new Uri($"http://127.0.0.1:1/{n}/graphql")));
    });

    private static QueryPlan Plan(string document) => new FusionRequestExecutor(Schema.Value, new FusionExecutorOptions()).Plan(document);

    [Fact]
    public void The_Checked_In_Execution_Schema_Should_Load_With_A_Client_Schema_Without_Fusion_Members()
    {
        Schema.Value.ClientSchema.ToSdl().Should().NotContain("fusion__");
        Schema.Value.SourceSchemas.Should().Contain(["users", "catalog", "orders"]);
    }

    [Fact]
    public void An_Order_With_Its_Products_Should_Plan_A_Catalog_Lookup_After_Orders()
    {
        var plan = Plan("query($id: ID!) { order(id: $id) { status lines { quantity product { name price { amount } category { name } } } } }");

        plan.Nodes.Select(n => n.Schema).Should().Equal("orders", "catalog");
        plan.Nodes[1].Dependencies.Should().Equal(1);
        plan.Nodes[1].Path.Should().Equal("order", "lines", "product");
    }

    [Fact]
    public void The_Caller_With_Their_Orders_Should_Plan_An_Orders_Lookup_After_Users()
    {
        var plan = Plan("{ me { displayName orders { nodes { status } } } }");

        plan.Nodes.Select(n => n.Schema).Should().Equal("users", "orders");
        plan.Nodes[1].Document.Should().Contain("userById");
    }

    [Fact]
    public void Order_Status_Changes_Should_Subscribe_To_Orders_And_Complete_Products_From_The_Catalog()
    {
        var plan = Plan("subscription($id: ID!) { orderStatusChanged(orderId: $id) { status order { lines { product { name } } } } }");

        plan.Nodes[0].Kind.Should().Be(PlanNodeKind.Subscription);
        plan.Nodes.Select(n => n.Schema).Should().Equal("orders", "catalog");
    }
}
