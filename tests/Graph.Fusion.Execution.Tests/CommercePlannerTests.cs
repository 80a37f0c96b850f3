using FluentAssertions;
using Graph.Fusion.Execution.Normalization;
using Graph.Fusion.Execution.Planning;
using Graph.Language;
using Graph.Testing.Snapshots;
using Xunit;

namespace Graph.Fusion.Execution.Tests;

/// <summary>Planner snapshots over an inline execution schema: provides, nested lookups with object maps, subscriptions.</summary>
public sealed class CommercePlannerTests
{
    private const string ExecutionSdl = """
        enum fusion__Schema {
          CATALOG @fusion__schema_metadata(name: "catalog")
          ORDERS @fusion__schema_metadata(name: "orders")
          SHIPPING @fusion__schema_metadata(name: "shipping")
        }

        type Query @fusion__type(schema: CATALOG) @fusion__type(schema: ORDERS) @fusion__type(schema: SHIPPING) {
          order(id: ID!): Order @fusion__field(schema: ORDERS)
          node(id: ID!): Node @fusion__field(schema: CATALOG)
          featured: Product @fusion__field(schema: SHIPPING)
        }

        type Mutation @fusion__type(schema: ORDERS) @fusion__type(schema: CATALOG) {
          placeOrder(sku: String!): Order! @fusion__field(schema: ORDERS)
          renameProduct(sku: String!, name: String!): Product @fusion__field(schema: CATALOG)
        }

        type Subscription @fusion__type(schema: ORDERS) {
          orderStatusChanged(id: ID!): Order! @fusion__field(schema: ORDERS)
        }

        interface Node @fusion__type(schema: CATALOG) {
          id: ID! @fusion__field(schema: CATALOG)
        }

        type Order @fusion__type(schema: ORDERS) {
          id: ID! @fusion__field(schema: ORDERS)
          status: String! @fusion__field(schema: ORDERS)
          lines: [OrderLine!]! @fusion__field(schema: ORDERS)
        }

        type OrderLine @fusion__type(schema: ORDERS) {
          quantity: Int! @fusion__field(schema: ORDERS)
          product: Product! @fusion__field(schema: ORDERS, provides: "name")
        }

        type Product implements Node
          @fusion__type(schema: CATALOG) @fusion__type(schema: ORDERS) @fusion__type(schema: SHIPPING)
          @fusion__implements(schema: CATALOG, interface: "Node")
          @fusion__lookup(schema: CATALOG, key: "sku region", field: "productBySku(key: ProductKey!): Product", map: ["{ sku: sku, region: region }"], path: "lookups")
          @fusion__lookup(schema: SHIPPING, key: "sku", field: "productBySku(sku: String!): Product", map: ["sku"], internal: true)
          @fusion__lookup(schema: ORDERS, key: "sku", field: "productBySku(sku: String!): Product", map: ["sku"], internal: true) {
          id: ID! @fusion__field(schema: CATALOG)
          sku: String! @fusion__field(schema: CATALOG) @fusion__field(schema: ORDERS) @fusion__field(schema: SHIPPING)
          region: String! @fusion__field(schema: CATALOG) @fusion__field(schema: ORDERS)
          name: String! @fusion__field(schema: CATALOG) @fusion__field(schema: ORDERS, partial: true)
          description: String @fusion__field(schema: CATALOG)
          deliveryDays: Int @fusion__field(schema: SHIPPING)
        }

        input ProductKey @fusion__type(schema: CATALOG) {
          sku: String!
          region: String!
        }
        """;

    private static readonly FusionSchema Schema = FusionSchema.Load(ExecutionSdl, new Dictionary<string, Uri>
    {
        ["catalog"] = new("http://127.0.0.1:1/graphql"),
        ["orders"] = new("http://127.0.0.1:2/graphql"),
        ["shipping"] = new("http://127.0.0.1:3/graphql"),
    });

    private static QueryPlan Plan(string document) =>
        new OperationPlanner(Schema).Plan(OperationNormalizer.Normalize(Schema.ClientSchema, Parser.Parse(document), null));

    [Fact]
    public void A_Subscription_Should_Complete_Events_Through_Lookups_And_Use_Provides()
    {
        var plan = Plan("""
            subscription Watch($id: ID!) {
              orderStatusChanged(id: $id) { status lines { product { name description deliveryDays } } }
            }
            """);

        plan.Nodes[0].Kind.Should().Be(PlanNodeKind.Subscription);
        plan.Nodes.Should().NotContain(n => n.Document.Contains("name", StringComparison.Ordinal) && n.Schema == "catalog");
        Snapshot.Match(plan.ToYaml());
    }

    [Fact]
    public void A_Possible_Type_Field_From_Another_Schema_Should_Be_Fetched_With_A_Type_Condition()
    {
        Snapshot.Match(Plan("""{ node(id: "1") { id ... on Product { deliveryDays } } }""").ToYaml());
    }

    [Fact]
    public void Mutation_Root_Fields_Should_Be_Sequential_Nodes()
    {
        var plan = Plan("""mutation { placeOrder(sku: "a") { id } renameProduct(sku: "a", name: "b") { name } again: placeOrder(sku: "b") { id } }""");

        plan.Nodes.Select(n => (n.Schema, string.Join(',', n.Dependencies))).Should().Equal(("orders", ""), ("catalog", "1"), ("orders", "2"));
        Snapshot.Match(plan.ToYaml());
    }

    [Fact]
    public void A_Field_No_Schema_Can_Reach_Should_Fail_Planning_With_A_Code()
    {
        var schema = FusionSchema.Load(ExecutionSdl.Replace(
            "@fusion__lookup(schema: SHIPPING, key: \"sku\", field: \"productBySku(sku: String!): Product\", map: [\"sku\"], internal: true)", string.Empty, StringComparison.Ordinal),
            Schema.SubgraphUrls);
        var operation = OperationNormalizer.Normalize(schema.ClientSchema, Parser.Parse("{ order(id: \"1\") { lines { product { deliveryDays } } } }"), null);

        var act = () => new OperationPlanner(schema).Plan(operation);

        act.Should().Throw<Graph.Execution.GraphQLRequestException>().Which.Errors.Single().Code.Should().Be(FusionErrorCodes.QueryPlanningFailed);
    }

    [Fact]
    public void A_Lookup_Key_The_Current_Schema_Lacks_Should_Be_Fetched_First_From_Another_Schema()
    {
        var plan = Plan("{ featured { description } }");

        plan.Nodes.Select(n => (n.Schema, string.Join(',', n.Dependencies))).Should().Equal(("shipping", ""), ("orders", "1"), ("catalog", "1,2"));
        Snapshot.Match(plan.ToYaml());
    }
}
