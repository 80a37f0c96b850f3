using System.Security.Claims;
using Graph.Reviews.DataLoaders;
using Graph.Reviews.Domain;
using Graph.Reviews.Federation;
using Graph.Types;

namespace Graph.Reviews.GraphQL;

/// <summary>The review lookup and the internal lookups the gateway uses to attach Reviews' fields to products and users.</summary>
[QueryType]
public static class ReviewQueries
{
    [Lookup]
    [GraphQLDescription("A review by id, or null (a hidden review is visible to admins only).")]
    public static async Task<Review?> GetReviewByIdAsync(
        [ID, GraphQLDescription("The review's id.")] Guid id, ClaimsPrincipal caller, ReviewByIdLoader reviews, CancellationToken cancellationToken)
    {
        var review = await reviews.LoadAsync(id, cancellationToken).ConfigureAwait(false);
        return review is not null && ReviewAccess.CanSee(caller, review) ? review : null;
    }

    [Lookup]
    [Internal]
    [GraphQLDescription("A `Product` reference by id, for the gateway: Reviews only adds `reviews` and `ratingSummary` to products.")]
    // Nullable as the composite schemas spec asks of lookups (LOOKUP_RETURNS_NON_NULLABLE_TYPE), though never null here.
    public static ProductStub? GetProductById([ID, GraphQLDescription("The product's id.")] Guid id) => new(id);

    [Lookup]
    [Internal]
    [GraphQLDescription("A `User` reference by id, for the gateway: Reviews only adds `reviews` to users.")]
    public static UserStub? GetUserById([ID, GraphQLDescription("The user's id.")] Guid id) => new(id);
}
