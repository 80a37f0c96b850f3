using Graph.Messaging;

namespace Graph.Recommendations.Events;

/// <summary>
/// <c>review.changed.v1</c> on <c>review.changed</c> (Reviews, docs/events.md): <see cref="Rating"/> is the rating after
/// the change; a <c>deleted</c> or <c>hidden</c> review no longer counts. The cache tags are ignored here.
/// </summary>
public sealed record ReviewChanged(Guid ReviewId, Guid ProductId, Guid AuthorId, int Rating, string Kind) : IntegrationEvent
{
    public const string Deleted = "deleted";
    public const string Hidden = "hidden";

    /// <summary>Whether the review still counts after this change.</summary>
    public bool Counts => Kind is not (Deleted or Hidden);

    public override string GetAggregateId() => ProductId.ToString();
}
