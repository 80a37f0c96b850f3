namespace Graph.Fusion.Execution.Tests.Support;

/// <summary>The hand-written execution schema of the three test subgraphs (docs/fusion.md format).</summary>
internal static class TestSchemas
{
    public const string Execution = """
        enum fusion__Schema {
          PRODUCTS @fusion__schema_metadata(name: "products")
          REVIEWS @fusion__schema_metadata(name: "reviews")
          INVENTORY @fusion__schema_metadata(name: "inventory")
        }

        scalar fusion__FieldDefinition
        scalar fusion__FieldSelectionSet
        scalar fusion__FieldSelectionMap
        scalar fusion__FieldSelectionPath

        directive @fusion__schema_metadata(name: String!) on ENUM_VALUE
        directive @fusion__type(schema: fusion__Schema!) repeatable on OBJECT | INTERFACE | UNION | ENUM | INPUT_OBJECT | SCALAR
        directive @fusion__field(schema: fusion__Schema!, sourceName: String, sourceType: String, provides: fusion__FieldSelectionSet, partial: Boolean! = false) repeatable on FIELD_DEFINITION
        directive @fusion__implements(schema: fusion__Schema!, interface: String!) repeatable on OBJECT | INTERFACE
        directive @fusion__lookup(schema: fusion__Schema!, key: fusion__FieldSelectionSet!, field: fusion__FieldDefinition!, map: [fusion__FieldSelectionMap!]!, path: fusion__FieldSelectionPath, internal: Boolean! = false) repeatable on OBJECT | INTERFACE | UNION
        directive @fusion__requires(schema: fusion__Schema!, requirements: fusion__FieldSelectionSet!, field: fusion__FieldDefinition!, map: [fusion__FieldSelectionMap]!) repeatable on FIELD_DEFINITION
        directive @fusion__inaccessible on OBJECT | INTERFACE | UNION | ENUM | ENUM_VALUE | INPUT_OBJECT | INPUT_FIELD_DEFINITION | ARGUMENT_DEFINITION | FIELD_DEFINITION | SCALAR

        type Query @fusion__type(schema: PRODUCTS) @fusion__type(schema: REVIEWS) @fusion__type(schema: INVENTORY) {
          topProducts(first: Int = 5): [Product!]! @fusion__field(schema: PRODUCTS)
          productById(id: ID!): Product @fusion__field(schema: PRODUCTS)
          items: [Item!]! @fusion__field(schema: PRODUCTS)
          latestReviews: [Review!]! @fusion__field(schema: REVIEWS)
        }

        type Mutation @fusion__type(schema: PRODUCTS) @fusion__type(schema: REVIEWS) {
          renameProduct(id: ID!, name: String!): Product @fusion__field(schema: PRODUCTS)
          addReview(productId: ID!, body: String!): Review! @fusion__field(schema: REVIEWS)
        }

        type Subscription @fusion__type(schema: INVENTORY) {
          productRestocked: Product! @fusion__field(schema: INVENTORY)
          productTicks: Product! @fusion__field(schema: INVENTORY)
        }

        interface Item @fusion__type(schema: PRODUCTS) {
          id: ID! @fusion__field(schema: PRODUCTS)
        }

        type Product implements Item
          @fusion__type(schema: PRODUCTS) @fusion__type(schema: REVIEWS) @fusion__type(schema: INVENTORY)
          @fusion__implements(schema: PRODUCTS, interface: "Item")
          @fusion__lookup(schema: PRODUCTS, key: "id", field: "productById(id: ID!): Product", map: ["id"])
          @fusion__lookup(schema: REVIEWS, key: "id", field: "productByKey(key: ID!): Product", map: ["id"], internal: true)
          @fusion__lookup(schema: INVENTORY, key: "id", field: "productById(id: ID!): Product", map: ["id"], internal: true) {
          id: ID! @fusion__field(schema: PRODUCTS) @fusion__field(schema: REVIEWS) @fusion__field(schema: INVENTORY)
          name: String! @fusion__field(schema: PRODUCTS)
          weight: Int! @fusion__field(schema: PRODUCTS)
          secretCode: String @fusion__field(schema: PRODUCTS) @fusion__inaccessible
          reviews: [Review!] @fusion__field(schema: REVIEWS)
          inStock: Boolean! @fusion__field(schema: INVENTORY)
          warehouse: String @fusion__field(schema: INVENTORY)
          shippingEstimate: Int! @fusion__field(schema: INVENTORY)
            @fusion__requires(schema: INVENTORY, requirements: "weight", field: "shippingEstimate(weight: Int!): Int!", map: ["weight"])
        }

        type Category implements Item @fusion__type(schema: PRODUCTS) @fusion__implements(schema: PRODUCTS, interface: "Item") {
          id: ID! @fusion__field(schema: PRODUCTS)
          title: String! @fusion__field(schema: PRODUCTS)
        }

        type Review @fusion__type(schema: REVIEWS) {
          id: ID! @fusion__field(schema: REVIEWS)
          body: String! @fusion__field(schema: REVIEWS)
          product: Product! @fusion__field(schema: REVIEWS)
        }
        """;

    public static readonly IReadOnlyDictionary<string, Uri> UnusedUrls = new Dictionary<string, Uri>
    {
        ["products"] = new("http://127.0.0.1:1/graphql"),
        ["reviews"] = new("http://127.0.0.1:2/graphql"),
        ["inventory"] = new("http://127.0.0.1:3/graphql"),
    };
}
