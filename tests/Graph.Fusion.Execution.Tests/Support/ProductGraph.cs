using System.Runtime.CompilerServices;
using Graph.Types;
using Graph.Types.Resolvers;

namespace Graph.Fusion.Execution.Tests.Support;

/// <summary>
/// Three subgraphs over real HTTP: products (Query.topProducts, an interface <c>Item</c>, the Product lookup),
/// reviews (Product.reviews through the <c>productByKey(key:)</c> lookup whose argument maps from <c>id</c>, as
/// <c>@is</c> would), inventory (Product.inStock, <c>shippingEstimate</c> that requires <c>weight</c> from products,
/// and Subscription.productRestocked); plus the gateway's <see cref="FusionSchema"/> over them.
/// </summary>
public sealed class ProductGraph : IAsyncDisposable
{
    private static readonly Dictionary<string, (string Name, int Weight)> Products = new()
    {
        ["p1"] = ("Table", 10),
        ["p2"] = ("Chair", 5),
        ["p3"] = ("Lamp", 1),
    };

    private static readonly (string Id, string Product, string Body)[] Reviews =
    [
        ("r1", "p1", "Solid."),
        ("r2", "p1", "Heavy."),
        ("r3", "p2", "Comfortable."),
    ];

    private ProductGraph(TestSubgraph products, TestSubgraph reviews, TestSubgraph inventory)
    {
        ProductsSubgraph = products;
        ReviewsSubgraph = reviews;
        InventorySubgraph = inventory;
        Schema = FusionSchema.Load(TestSchemas.Execution, new Dictionary<string, Uri>
        {
            ["products"] = products.Url,
            ["reviews"] = reviews.Url,
            ["inventory"] = inventory.Url,
        });
    }

    public TestSubgraph ProductsSubgraph { get; }

    public TestSubgraph ReviewsSubgraph { get; }

    public TestSubgraph InventorySubgraph { get; }

    public FusionSchema Schema { get; }

    /// <summary>Completed when a <c>productTicks</c> source stream at the inventory subgraph was cancelled (unsubscribed).</summary>
    public TaskCompletionSource TicksCancelled { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private async IAsyncEnumerable<object?> Ticks([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        using var registration = cancellationToken.Register(() => TicksCancelled.TrySetResult());
        while (true)
        {
            yield return TestSubgraph.Json("{\"id\":\"p3\"}");
            await Task.Delay(TimeSpan.FromMilliseconds(20), cancellationToken).ContinueWith(_ => { }, TaskScheduler.Default);
            if (cancellationToken.IsCancellationRequested)
            {
                yield break;
            }
        }
    }

    public static async Task<ProductGraph> StartAsync()
    {
        var graph = new Holder();
        var products = await TestSubgraph.StartAsync("""
            type Query { topProducts(first: Int = 5): [Product!]! productById(id: ID!): Product items: [Item!]! }
            type Mutation { renameProduct(id: ID!, name: String!): Product }
            interface Item { id: ID! }
            type Product implements Item { id: ID! name: String! weight: Int! secretCode: String }
            type Category implements Item { id: ID! title: String! }
            """, schema => schema
            .BindResolver("Query", "topProducts", c => Value(Products.Keys.Take(c.ArgumentValue<int>("first")).Select(ProductJson)))
            .BindResolver("Query", "productById", c => Value(Products.ContainsKey(c.ArgumentValue<string>("id")!) ? ProductJson(c.ArgumentValue<string>("id")!) : null))
            .BindResolver("Mutation", "renameProduct", c => Value("{\"id\":\"" + c.ArgumentValue<string>("id") + "\",\"name\":\"" + c.ArgumentValue<string>("name") + "\",\"weight\":1}"))
            .BindResolver("Query", "items", _ => Value(new[] { "{\"__typename\":\"Product\"," + ProductJson("p1")[1..], "{\"__typename\":\"Category\",\"id\":\"c1\",\"title\":\"Furniture\"}" })));

        var reviews = await TestSubgraph.StartAsync("""
            type Query { productByKey(key: ID!): Product latestReviews: [Review!]! }
            type Mutation { addReview(productId: ID!, body: String!): Review! }
            type Product { id: ID! reviews: [Review!] }
            type Review { id: ID! body: String! product: Product! }
            """, schema => schema
            .BindResolver("Query", "productByKey", c => Value("{\"id\":\"" + c.ArgumentValue<string>("key") + "\",\"reviews\":[" + string.Join(',', Reviews.Where(r => r.Product == c.ArgumentValue<string>("key")).Select(ReviewJson)) + "]}"))
            .BindResolver("Mutation", "addReview", c => Value(ReviewJson(("new", c.ArgumentValue<string>("productId")!, c.ArgumentValue<string>("body")!))))
            .BindResolver("Query", "latestReviews", _ => Value("[" + string.Join(',', Reviews.Select(ReviewJson)) + "]")));

        var inventory = await TestSubgraph.StartAsync("""
            type Query { productById(id: ID!): Product }
            type Product { id: ID! inStock: Boolean! shippingEstimate(weight: Int!): Int! warehouse: String }
            type Subscription { productRestocked: Product! productTicks: Product! }
            """, schema => schema
            .BindResolver("Query", "productById", c => Value("{\"id\":\"" + c.ArgumentValue<string>("id") + "\",\"inStock\":" + (c.ArgumentValue<string>("id") != "p2" ? "true" : "false") + "}"))
            .BindResolver("Product", "shippingEstimate", c => ValueTask.FromResult<object?>(c.ArgumentValue<int>("weight") * 2))
            .BindSubscribe("Subscription", "productRestocked", c => ValueTask.FromResult(Restocks(c.RequestAborted)))
            .BindResolver("Subscription", "productRestocked", c => ValueTask.FromResult(c.Parent))
            .BindResolver("Product", "warehouse", c => ((System.Text.Json.JsonElement)c.Parent!).GetProperty("id").GetString() == "p2"
                ? throw new Graph.Execution.GraphQLException("The warehouse of p2 is unknown.", "WAREHOUSE_UNKNOWN")
                : ValueTask.FromResult<object?>("north"))
            .BindSubscribe("Subscription", "productTicks", c => ValueTask.FromResult(graph.Graph!.Ticks(c.RequestAborted)))
            .BindResolver("Subscription", "productTicks", c => ValueTask.FromResult(c.Parent)));

        var result = new ProductGraph(products, reviews, inventory);
        graph.Graph = result;
        return result;
    }

    private static async IAsyncEnumerable<object?> Restocks([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        foreach (var id in new[] { "p1", "p2" })
        {
            await Task.Yield();
            cancellationToken.ThrowIfCancellationRequested();
            yield return TestSubgraph.Json("{\"id\":\"" + id + "\",\"inStock\":true}");
        }
    }

    private static string ProductJson(string id) =>
        "{\"id\":\"" + id + "\",\"name\":\"" + Products[id].Name + "\",\"weight\":" + Products[id].Weight + ",\"secretCode\":\"s-" + id + "\"}";

    private static string ReviewJson((string Id, string Product, string Body) review) =>
        "{\"id\":\"" + review.Id + "\",\"body\":\"" + review.Body + "\",\"product\":{\"id\":\"" + review.Product + "\"}}";

    private static ValueTask<object?> Value(string? json) => ValueTask.FromResult<object?>(json is null ? null : TestSubgraph.Json(json));

    private static ValueTask<object?> Value(IEnumerable<string> items) => Value("[" + string.Join(',', items) + "]");

    private sealed class Holder
    {
        public ProductGraph? Graph { get; set; }
    }

    public async ValueTask DisposeAsync()
    {
        await ProductsSubgraph.DisposeAsync();
        await ReviewsSubgraph.DisposeAsync();
        await InventorySubgraph.DisposeAsync();
    }
}
