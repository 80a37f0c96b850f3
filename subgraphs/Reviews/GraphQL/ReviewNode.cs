using Graph.AspNetCore.Authorization;
using Graph.Reviews.DataLoaders;
using Graph.Reviews.Domain;
using Graph.Reviews.Federation;
using Graph.Types;
using Graph.Types.Resolvers;

namespace Graph.Reviews.GraphQL;

/// <summary>The resolved fields of <see cref="Review"/>: entity references and the verified-purchase flag.</summary>
[ObjectType<Review>]
public static class ReviewNode
{
    [GraphQLDescription("The product reviewed (resolved by the Catalog).")]
    public static ProductStub GetProduct([Parent] Review review) => new(review.ProductId);

    [GraphQLDescription("Who wrote the review (resolved by the Users subgraph).")]
    public static UserStub GetAuthor([Parent] Review review) => new(review.AuthorId);

    [GraphQLDescription("Whether the author bought the product: a paid, not refunded order of theirs holds it. Computed from Orders' events; never set by a client.")]
    public static ResolverResult<bool> GetVerifiedPurchaseAsync([Parent] Review review, VerifiedPurchaseLoader purchases, CancellationToken cancellationToken) =>
        purchases.LoadResultAsync(new PurchaseKey(review.AuthorId, review.ProductId), cancellationToken);

    [Authorize(Roles = ["admin"])]
    [GraphQLDescription("Whether an admin hid the review (admins only; hidden reviews are invisible to everyone else).")]
    public static bool GetHidden([Parent] Review review) => review.Hidden;
}
