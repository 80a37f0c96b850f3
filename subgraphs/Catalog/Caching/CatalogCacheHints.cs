using Graph.Catalog.Domain;
using Graph.Catalog.Inventory;
using Graph.Data;
using Graph.Types;

namespace Graph.Catalog.Caching;

// Cache hints (@cacheControl) for the gateway's response cache (docs/fusion.md "Response cache"). The catalog is
// public and every change publishes catalog.changed with the entities' tags, which evicts the cached responses that
// contain them, so a minute is safe. Value types (money, attributes, stock, edges, page info) inherit the maxAge of the
// field they hang off. Mutations carry no hint: they are never cached.

/// <summary><c>Product</c>: public, 60 s.</summary>
[ObjectType<Product>]
[CacheControl(CatalogCacheHints.MaxAgeSeconds)]
public static class ProductCacheHint;

/// <summary><c>Category</c>: public, 60 s.</summary>
[ObjectType<Category>]
[CacheControl(CatalogCacheHints.MaxAgeSeconds)]
public static class CategoryCacheHint;

/// <summary><c>Coupon</c>: public, 60 s.</summary>
[ObjectType<Coupon>]
[CacheControl(CatalogCacheHints.MaxAgeSeconds)]
public static class CouponCacheHint;

/// <summary><c>Offer</c>: public, 60 s.</summary>
[ObjectType<Offer>]
[CacheControl(CatalogCacheHints.MaxAgeSeconds)]
public static class OfferCacheHint;

/// <summary><c>ProductConnection</c> (a root field's type): public, 60 s.</summary>
[ObjectType<Connection<Product>>]
[CacheControl(CatalogCacheHints.MaxAgeSeconds)]
public static class ProductConnectionCacheHint;

/// <summary><c>CouponConnection</c> (a root field's type): public, 60 s.</summary>
[ObjectType<Connection<Coupon>>]
[CacheControl(CatalogCacheHints.MaxAgeSeconds)]
public static class CouponConnectionCacheHint;

/// <summary><c>ProductEdge</c>: as its connection.</summary>
[ObjectType<Edge<Product>>]
[CacheControl(InheritMaxAge = true)]
public static class ProductEdgeCacheHint;

/// <summary><c>CouponEdge</c>: as its connection.</summary>
[ObjectType<Edge<Coupon>>]
[CacheControl(InheritMaxAge = true)]
public static class CouponEdgeCacheHint;

/// <summary><c>PageInfo</c>: as its connection.</summary>
[ObjectType<PageInfo>]
[CacheControl(InheritMaxAge = true)]
public static class PageInfoCacheHint;

/// <summary><c>Money</c>: as the price it is.</summary>
[ObjectType<Money>]
[CacheControl(InheritMaxAge = true)]
public static class MoneyCacheHint;

/// <summary><c>ProductAttribute</c>: as its product.</summary>
[ObjectType<ProductAttribute>]
[CacheControl(InheritMaxAge = true)]
public static class ProductAttributeCacheHint;

/// <summary><c>Inventory</c>: as its product or coupon (reservations publish catalog.changed for them).</summary>
[ObjectType<StockLevel>]
[CacheControl(InheritMaxAge = true)]
public static class InventoryCacheHint;

/// <summary>The catalog's cache hint values.</summary>
public static class CatalogCacheHints
{
    /// <summary>How long a catalog response may be cached (evicted sooner by catalog.changed).</summary>
    public const int MaxAgeSeconds = 60;
}
