using System.Runtime.CompilerServices;

namespace Graph.Types.Tests.CodeFirst.Commerce;

// A small catalog subgraph written the way subgraphs are (ARCHITECTURE.md section 4).

public enum ProductStatus
{
    Draft,
    InStock,

    [GraphQLDescription("No longer sold.")]
    Discontinued,

    [Obsolete("Use DISCONTINUED.")]
    Retired,
}

[Shareable]
[GraphQLDescription("An amount of money in one currency.")]
public sealed record Money(decimal Amount, string Currency);

[UnionType]
[GraphQLDescription("A search hit.")]
public interface ISearchResult;

[Key("id")]
[Directive("tag", "name: \"public\"")]
[GraphQLDescription("A product of the catalog.")]
public sealed record Product(
    [ID] Guid Id,
    [GraphQLDescription("The name shown to customers.")] string Name,
    string? Description,
    Money Price,
    ProductStatus Status,
    DateTimeOffset CreatedAt,
    IReadOnlyList<string> Tags) : ISearchResult
{
    [GraphQLIgnore]
    public int CategoryId { get; init; }

    [Inaccessible]
    public string? InternalNote { get; init; }
}

[Key("id")]
public sealed record Category([ID] int Id, string Name) : ISearchResult;

[GraphQLDescription("A discount a customer can redeem.")]
public interface IDiscount
{
    string Code { get; }
}

public sealed record PercentageDiscount(string Code, double Percent) : IDiscount;

public sealed record FixedDiscount(string Code, Money Amount) : IDiscount;

public sealed record ProductFilter(string? Search = null, ProductStatus Status = ProductStatus.InStock, int First = 10);

[OneOf]
[GraphQLDescription("Exactly one way to find a product.")]
public sealed record ProductBy([ID] Guid? Id, string? Sku);

public sealed record AddProductInput(string Name, Money Price, IReadOnlyList<string>? Tags);

public sealed record AddProductPayload(Product Product);

public interface IProductRepository
{
    IReadOnlyList<Product> All { get; }

    Product Add(AddProductInput input);
}

[QueryType]
public static class ProductQueries
{
    [Lookup]
    [GraphQLDescription("Finds a product by its id.")]
    public static Task<Product?> GetProductByIdAsync([ID] Guid id, IProductRepository products, CancellationToken cancellationToken) =>
        Task.FromResult(products.All.FirstOrDefault(p => p.Id == id));

    public static IReadOnlyList<Product> GetProducts(IProductRepository products, ProductFilter? filter) =>
        products.All.Where(p => filter?.Search is null || p.Name.Contains(filter.Search, StringComparison.OrdinalIgnoreCase)).Take(filter?.First ?? 10).ToList();

    public static Product? GetProduct(ProductBy by, IProductRepository products) =>
        products.All.FirstOrDefault(p => p.Id == by.Id || p.Name == by.Sku);

    public static IEnumerable<ISearchResult> Search(string text, int first = 5) => [];

    public static IDiscount[] GetDiscounts() => [];

    [GraphQLDeprecated("Use products.")]
    public static int GetProductCount(IProductRepository products) => products.All.Count;
}

[QueryType]
public static class CategoryQueries
{
    [Lookup]
    [Internal]
    public static Category? GetCategoryById([ID][Is("id")] int id) => new(id, "Category " + id);
}

[MutationType]
public static class ProductMutations
{
    [GraphQLDescription("Adds a product to the catalog.")]
    public static Task<AddProductPayload> AddProductAsync(AddProductInput input, IProductRepository products) =>
        Task.FromResult(new AddProductPayload(products.Add(input)));
}

[SubscriptionType]
public static class ProductSubscriptions
{
    public static async IAsyncEnumerable<Product> OnProductAdded(int take, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await Task.Yield();
        for (var i = 0; i < take; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            yield return new Product(Guid.Empty, "Added " + i, null, new Money(1m, "EUR"), ProductStatus.Draft, DateTimeOffset.UnixEpoch, []);
        }
    }
}

[ObjectType<Product>]
public static class ProductNode
{
    [Override("legacy-catalog")]
    public static Category GetCategory([Parent] Product product) => new(product.CategoryId, "Category " + product.CategoryId);

    [GraphQLDescription("Products bought together with this one.")]
    public static Task<IReadOnlyList<Product>> GetRelatedAsync([Parent] Product product, int first = 3) =>
        Task.FromResult<IReadOnlyList<Product>>([]);

    public static double GetShippingEstimate([Parent] Product product, [Require("weight")] double weight) => weight * 2;
}
