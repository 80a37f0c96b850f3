using System.Collections.Concurrent;
using Graph.AspNetCore.Authorization;
using Graph.Execution.DataLoader;
using Graph.Types;

namespace Graph.AspNetCore.Tests.Federation;

/// <summary>
/// A code-first sample subgraph owning two entities, <c>Product</c> and <c>Category</c>, each with a DataLoader-backed
/// <c>[Lookup]</c>; <c>Supplier</c> has a key but no lookup; <c>Product.supplierNote</c> is for admins only.
/// </summary>
public static class CatalogSubgraph
{
    public static readonly Type[] Types = [typeof(CatalogQueries), typeof(ProductNode)];
}

/// <summary>The products, categories and suppliers the sample subgraph serves, and a log of every DataLoader batch.</summary>
public sealed class CatalogData
{
    public IReadOnlyDictionary<string, Product> Products { get; } = new[]
    {
        new Product("p1", "Espresso machine", "c1", "s1", "Ships from the Lyon warehouse"),
        new Product("p2", "Grinder", "c1", "s1", "Discontinued in 2027"),
        new Product("p3", "Kettle", "c2", "s2", "Margin 12%"),
    }.ToDictionary(p => p.Id);

    public IReadOnlyDictionary<string, Category> Categories { get; } = new[]
    {
        new Category("c1", "Coffee"),
        new Category("c2", "Tea"),
    }.ToDictionary(c => c.Id);

    /// <summary>Every batch a loader fetched: the loader's name and its keys, in order.</summary>
    public ConcurrentQueue<(string Loader, IReadOnlyList<string> Keys)> Batches { get; } = new();
}

[Key("id")]
[GraphQLDescription("A product of the catalog.")]
public sealed record Product([property: ID] string Id, string Name, [property: GraphQLIgnore] string CategoryId, [property: GraphQLIgnore] string SupplierId, [property: GraphQLIgnore] string SupplierNote);

[Key("id")]
[GraphQLDescription("A group of products.")]
public sealed record Category([property: ID] string Id, string Name);

[Key("id")]
[GraphQLDescription("Who delivers a product; resolved with its product only.")]
public sealed record Supplier([property: ID] string Id);

[QueryType]
public static class CatalogQueries
{
    [Lookup]
    [GraphQLDescription("The product with this id.")]
    public static Task<Product?> GetProductById([ID] string id, ProductByIdLoader byId, CancellationToken cancellationToken) =>
        byId.LoadAsync(id, cancellationToken);

    [Lookup]
    [GraphQLDescription("The category with this id.")]
    public static Task<Category?> GetCategoryById([ID] string id, CategoryByIdLoader byId, CancellationToken cancellationToken) =>
        byId.LoadAsync(id, cancellationToken);

    [GraphQLDescription("Every product.")]
    public static IReadOnlyList<Product> GetProducts(CatalogData data) => [.. data.Products.Values];
}

[ObjectType<Product>]
public static class ProductNode
{
    public static Task<Category?> GetCategory([Parent] Product product, CategoryByIdLoader byId, CancellationToken cancellationToken) =>
        byId.LoadAsync(product.CategoryId, cancellationToken);

    public static Supplier GetSupplier([Parent] Product product) => new(product.SupplierId);

    [Authorize(Roles = ["admin"])]
    [GraphQLDescription("Internal purchasing note.")]
    public static string GetSupplierNote([Parent] Product product) => product.SupplierNote;
}

public sealed class ProductByIdLoader(IBatchScheduler scheduler, CatalogData data) : BatchDataLoader<string, Product?>(scheduler)
{
    protected override Task<IReadOnlyDictionary<string, Product?>> LoadBatchAsync(IReadOnlyList<string> keys, CancellationToken cancellationToken)
    {
        data.Batches.Enqueue((nameof(ProductByIdLoader), keys));
        return Task.FromResult<IReadOnlyDictionary<string, Product?>>(keys.Where(data.Products.ContainsKey).ToDictionary(k => k, k => (Product?)data.Products[k]));
    }
}

public sealed class CategoryByIdLoader(IBatchScheduler scheduler, CatalogData data) : BatchDataLoader<string, Category?>(scheduler)
{
    protected override Task<IReadOnlyDictionary<string, Category?>> LoadBatchAsync(IReadOnlyList<string> keys, CancellationToken cancellationToken)
    {
        data.Batches.Enqueue((nameof(CategoryByIdLoader), keys));
        return Task.FromResult<IReadOnlyDictionary<string, Category?>>(keys.Where(data.Categories.ContainsKey).ToDictionary(k => k, k => (Category?)data.Categories[k]));
    }
}
