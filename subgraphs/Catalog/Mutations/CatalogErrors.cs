using Graph.ServiceDefaults.Errors;
using Graph.Types;

namespace Graph.Catalog.Mutations;

/// <summary>Another product already has the SKU (SKUs are unique, case-insensitive).</summary>
[ObjectType]
[GraphQLDescription("Another product already uses this SKU.")]
public sealed record DuplicateSkuError([GraphQLDescription("The SKU that is taken.")] string Sku) : IError
{
    [GraphQLDescription("What went wrong, in English, for people.")]
    public string Message => $"The SKU '{Sku}' is already used by another product.";

    [GraphQLDescription("A stable machine-readable code.")]
    public string Code => "DUPLICATE_SKU";
}

/// <summary>Another category already has the slug.</summary>
[ObjectType]
[GraphQLDescription("Another category already uses this slug.")]
public sealed record DuplicateSlugError([GraphQLDescription("The slug that is taken.")] string Slug) : IError
{
    [GraphQLDescription("What went wrong, in English, for people.")]
    public string Message => $"The slug '{Slug}' is already used by another category.";

    [GraphQLDescription("A stable machine-readable code.")]
    public string Code => "DUPLICATE_SLUG";
}

/// <summary>Stock cannot be set below what pending orders hold.</summary>
[ObjectType]
[GraphQLDescription("The stock cannot be set below the units reserved by pending orders.")]
public sealed record StockBelowReservedError(
    [GraphQLDescription("The requested units on hand.")] int OnHand,
    [GraphQLDescription("The units currently reserved.")] int Reserved) : IError
{
    [GraphQLDescription("What went wrong, in English, for people.")]
    public string Message => $"On hand ({OnHand}) cannot be less than the units reserved by pending orders ({Reserved}).";

    [GraphQLDescription("A stable machine-readable code.")]
    public string Code => "STOCK_BELOW_RESERVED";
}
