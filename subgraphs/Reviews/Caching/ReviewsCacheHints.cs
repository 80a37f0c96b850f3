using Graph.Data;
using Graph.Reviews.Domain;
using Graph.Types;

namespace Graph.Reviews.Caching;

// Cache hints (@cacheControl) for the gateway's response cache (docs/fusion.md "Response cache"). Reviews and rating
// summaries are public for 30 s; review.changed names `Review:<id>` and `RatingSummary:<productId>`, and the gateway
// evicts the product's entries for the latter too (a new review changes `Product.reviews`). What an admin sees
// (hidden reviews) differs from what others see: the gateway keys public entries by the caller's roles as well.

/// <summary><c>Review</c>: public, 30 s.</summary>
[ObjectType<Review>]
[CacheControl(ReviewsCacheHints.MaxAgeSeconds)]
public static class ReviewCacheHint;

/// <summary><c>ReviewConnection</c> (<c>Product.reviews</c>, <c>User.reviews</c>): public, 30 s.</summary>
[ObjectType<Connection<Review>>]
[CacheControl(ReviewsCacheHints.MaxAgeSeconds)]
public static class ReviewConnectionCacheHint;

/// <summary><c>ReviewEdge</c>: as its connection.</summary>
[ObjectType<Edge<Review>>]
[CacheControl(InheritMaxAge = true)]
public static class ReviewEdgeCacheHint;

/// <summary><c>RatingSummary</c> (<c>Product.ratingSummary</c>): public, 30 s.</summary>
[ObjectType<RatingSummary>]
[CacheControl(ReviewsCacheHints.MaxAgeSeconds)]
public static class RatingSummaryCacheHint;

/// <summary><c>RatingCount</c>: as its summary.</summary>
[ObjectType<RatingCount>]
[CacheControl(InheritMaxAge = true)]
public static class RatingCountCacheHint;

/// <summary><c>PageInfo</c>: as its connection.</summary>
[ObjectType<PageInfo>]
[CacheControl(InheritMaxAge = true)]
public static class PageInfoCacheHint;

/// <summary>The Reviews subgraph's cache hint values.</summary>
public static class ReviewsCacheHints
{
    /// <summary>How long a review response may be cached (evicted sooner by review.changed).</summary>
    public const int MaxAgeSeconds = 30;
}
