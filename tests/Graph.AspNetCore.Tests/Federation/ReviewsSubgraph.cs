using Graph.Types;

namespace Graph.AspNetCore.Tests.Federation;

/// <summary>
/// A second code-first sample subgraph that extends <c>Product</c> with reviews: a stub entity with an internal
/// lookup, as composite schemas source schemas do (<c>[Lookup, Internal]</c>).
/// </summary>
public static class ReviewsSubgraph
{
    public static readonly Type[] Types = [typeof(ReviewQueries)];
}

[Key("id")]
[GraphQLName("Product")]
public sealed record ReviewedProduct([property: ID] string Id)
{
    [GraphQLDescription("What customers wrote about the product.")]
    public IReadOnlyList<Review> Reviews => [.. ReviewQueries.All.Where(r => r.ProductId == Id)];
}

[GraphQLDescription("A customer's opinion of a product.")]
public sealed record Review([property: ID] string Id, string Body, [property: GraphQLIgnore] string ProductId)
{
    public ReviewedProduct Product => new(ProductId);
}

[QueryType]
public static class ReviewQueries
{
    public static readonly IReadOnlyList<Review> All = [new("r1", "Great crema", "p1"), new("r2", "Loud", "p2")];

    [Lookup]
    [Internal]
    public static ReviewedProduct GetProductById([ID] string id) => new(id);

    [GraphQLDescription("The latest reviews.")]
    public static IReadOnlyList<Review> GetReviews() => All;
}
