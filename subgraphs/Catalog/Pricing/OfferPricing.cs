using Graph.Catalog.Domain;

namespace Graph.Catalog.Pricing;

/// <summary>
/// How a product's final price follows from its offers (seed 001's festival offers): offers do not stack, the one
/// with the largest discount wins, ties go to the lowest offer id so the choice is deterministic.
/// </summary>
public static class OfferPricing
{
    /// <summary>The winning offer among <paramref name="matches"/>, or null when there is none.</summary>
    public static OfferMatch? Best(IReadOnlyCollection<OfferMatch> matches) =>
        matches.Count == 0
            ? null
            : matches.OrderByDescending(m => m.DiscountPercent).ThenBy(m => m.OfferId).First();

    /// <summary>The list price with the best offer applied, rounded to the cent; the list price without offers.</summary>
    public static Money FinalPrice(Money listPrice, IReadOnlyCollection<OfferMatch> matches) =>
        Best(matches) is { } best ? listPrice.Discounted(best.DiscountPercent) : listPrice;
}
