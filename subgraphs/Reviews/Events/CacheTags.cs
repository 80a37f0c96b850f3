namespace Graph.Reviews.Events;

/// <summary>The entity cache's type names here and the tags (<c>&lt;TypeName&gt;:&lt;id&gt;</c>) that evict their entries.</summary>
public static class CacheTags
{
    public const string Review = "Review";
    public const string RatingSummary = "RatingSummary";

    /// <summary>What a change of a review makes stale: the review and its product's rating summary.</summary>
    public static IReadOnlyList<string> ForReview(Guid reviewId, Guid productId) =>
        [$"{Review}:{reviewId}", $"{RatingSummary}:{productId}"];
}
