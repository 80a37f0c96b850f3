using Graph.Orders.Domain;

namespace Graph.Orders.Catalog;

/// <summary>A product or coupon as the Catalog prices it now: its name, final price (offers applied) and stock.</summary>
public sealed record CatalogItem(LineKind Kind, Guid Id, string Name, decimal UnitPrice, string Currency, int Available);
