using Graph.Recommendations.DataLoaders;
using Graph.Recommendations.Federation;
using Graph.Types;

namespace Graph.Recommendations.GraphQL;

/// <summary>Recommendations' field on the Catalog's <c>Product</c>.</summary>
[ObjectType<ProductStub>]
public static class ProductRecommendationsNode
{
    [GraphQLDescription("Customers who bought this product also bought these, most shared buyers first; never the product itself.")]
    public static async Task<IReadOnlyList<ProductStub>> GetRecommendedAsync(
        [Parent] ProductStub product,
        ProductRecommendationsLoader recommendations,
        CancellationToken cancellationToken,
        [GraphQLDescription("How many products (1 to 50; default 10).")] int first = RecommendationLimits.DefaultFirst)
    {
        RecommendationLimits.Validate(first);
        var ids = await recommendations.LoadAsync(new RecommendationKey(product.Id, first), cancellationToken).ConfigureAwait(false);
        return ids.Select(id => new ProductStub(id)).ToList();
    }
}
