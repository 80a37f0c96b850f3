using Graph.Messaging;
using Graph.Reviews.Domain;
using Graph.ServiceDefaults.Caching;

namespace Graph.Reviews.Events;

/// <summary>
/// <c>review.changed.v1</c> on <c>review.changed</c> (docs/events.md): written through the outbox in the transaction of
/// every review change. <see cref="Kind"/> is <c>created</c>, <c>edited</c>, <c>deleted</c> or <c>hidden</c>;
/// <see cref="Rating"/> is the review's rating after the change (its last one when deleted), for consumers that weigh
/// ratings (Recommendations); <see cref="Tags"/> name the cache entries the change makes stale (<c>Review:&lt;id&gt;</c>,
/// <c>RatingSummary:&lt;productId&gt;</c>), which this service's own consumer evicts.
/// </summary>
public sealed record ReviewChanged(Guid ReviewId, Guid ProductId, Guid AuthorId, int Rating, string Kind, IReadOnlyList<string> Tags)
    : IntegrationEvent, IEntitiesChanged
{
    public const string Created = "created";
    public const string Edited = "edited";
    public const string Deleted = "deleted";
    public const string Hidden = "hidden";

    /// <summary>Keyed by product so a product's changes stay in order on one partition.</summary>
    public override string GetAggregateId() => ProductId.ToString();

    /// <summary>The event of <paramref name="kind"/> for a review, with the cache tags it makes stale.</summary>
    public static ReviewChanged Of(Review review, string kind) =>
        new(review.Id, review.ProductId, review.AuthorId, review.Rating, kind, CacheTags.ForReview(review.Id, review.ProductId));
}
