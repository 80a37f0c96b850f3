using Graph.Messaging;
using Graph.ServiceDefaults.Caching;

namespace Graph.Reviews.Events;

/// <summary>
/// <c>review.changed.v1</c> on <c>review.changed</c> (docs/events.md): written through the outbox in the transaction of
/// every review change. <see cref="Kind"/> is <c>created</c>, <c>edited</c>, <c>deleted</c> or <c>hidden</c>;
/// <see cref="Tags"/> name the cache entries the change makes stale (<c>Review:&lt;id&gt;</c>,
/// <c>RatingSummary:&lt;productId&gt;</c>), which this service's own consumer evicts.
/// </summary>
public sealed record ReviewChanged(Guid ReviewId, Guid ProductId, Guid AuthorId, string Kind, IReadOnlyList<string> Tags)
    : IntegrationEvent, IEntitiesChanged
{
    public const string Created = "created";
    public const string Edited = "edited";
    public const string Deleted = "deleted";
    public const string Hidden = "hidden";

    /// <summary>Keyed by product so a product's changes stay in order on one partition.</summary>
    public override string GetAggregateId() => ProductId.ToString();

    /// <summary>The event of <paramref name="kind"/> for a review, with the cache tags it makes stale.</summary>
    public static ReviewChanged Of(Guid reviewId, Guid productId, Guid authorId, string kind) =>
        new(reviewId, productId, authorId, kind, CacheTags.ForReview(reviewId, productId));
}
