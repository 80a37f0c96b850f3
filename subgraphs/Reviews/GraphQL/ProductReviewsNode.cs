using System.Security.Claims;
using Graph.Data;
using Graph.Reviews.DataLoaders;
using Graph.Reviews.Domain;
using Graph.Reviews.Federation;
using Graph.Types;
using Graph.Types.Resolvers;

namespace Graph.Reviews.GraphQL;

/// <summary>Reviews' fields on the Catalog's <c>Product</c>.</summary>
[ObjectType<ProductStub>]
public static class ProductReviewsNode
{
    [GraphQLDescription("The product's reviews (hidden ones only for admins). At most 50 per page.")]
    public static ResolverResult<Connection<Review>> GetReviewsAsync(
        [Parent] ProductStub product,
        ClaimsPrincipal caller,
        ProductReviewsLoader pages,
        IResolverContext context,
        CancellationToken cancellationToken,
        [GraphQLDescription("Returns the first n reviews after `after` (at most 50; default 10).")] int? first = null,
        [GraphQLDescription("A cursor: returns the reviews after it.")] string? after = null,
        [GraphQLDescription("The ordering; ties go newest first.")] ReviewOrder order = ReviewOrder.Newest)
    {
        var key = new ReviewPageKey(product.Id, order, first, after, ReviewAccess.SeesHidden(caller), context.IsSelected("totalCount"));
        key.Validate();
        return pages.LoadResultAsync(key, cancellationToken);
    }

    [GraphQLDescription("The product's ratings summed up over its visible reviews.")]
    public static ResolverResult<RatingSummary> GetRatingSummaryAsync([Parent] ProductStub product, RatingSummaryLoader summaries, CancellationToken cancellationToken) =>
        summaries.LoadResultAsync(product.Id, cancellationToken);
}
