using Graph.Types;

namespace Graph.Reviews.Domain;

/// <summary>
/// The visible (not hidden) reviews of a product summed up. Cached in the entity cache as <c>RatingSummary:&lt;productId&gt;</c>
/// and evicted by every review change of the product (<c>review.changed</c>); stored as JSON by
/// <see cref="RatingSummaryJsonConverter"/>.
/// </summary>
[System.Text.Json.Serialization.JsonConverter(typeof(RatingSummaryJsonConverter))]
[GraphQLDescription("A product's ratings summed up over its visible reviews.")]
public sealed record RatingSummary(
    [property: GraphQLDescription("The mean rating, 1 to 5; null when the product has no reviews.")] double? Average,
    [property: GraphQLDescription("How many visible reviews the product has.")] int Count,
    [property: GraphQLDescription("How many reviews gave each rating, 1 to 5 (every rating present, 0 when none).")] IReadOnlyList<RatingCount> Histogram)
{
    /// <summary>The summary of per-rating counts (ratings outside 1-5 cannot occur: the table checks them).</summary>
    public static RatingSummary From(IReadOnlyDictionary<int, int> countsByRating)
    {
        var histogram = Enumerable.Range(ReviewLimits.MinRating, ReviewLimits.MaxRating)
            .Select(r => new RatingCount(r, countsByRating.GetValueOrDefault(r)))
            .ToList();
        var count = histogram.Sum(h => h.Count);
        double? average = count == 0 ? null : Math.Round(histogram.Sum(h => (double)h.Rating * h.Count) / count, 2);
        return new RatingSummary(average, count, histogram);
    }
}

/// <summary>One bar of <see cref="RatingSummary.Histogram"/>.</summary>
[GraphQLDescription("How many reviews gave one rating.")]
public sealed record RatingCount(
    [property: GraphQLDescription("The rating, 1 to 5.")] int Rating,
    [property: GraphQLDescription("How many visible reviews gave it.")] int Count);
