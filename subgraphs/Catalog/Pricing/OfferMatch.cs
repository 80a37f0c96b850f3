namespace Graph.Catalog.Pricing;

/// <summary>An active offer that covers a product, directly or through its category or one of the category's ancestors.</summary>
public sealed record OfferMatch(Guid ProductId, Guid OfferId, decimal DiscountPercent);
