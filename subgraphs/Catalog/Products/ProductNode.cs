using Graph.Catalog.DataLoaders;
using Graph.Catalog.Domain;
using Graph.Catalog.Inventory;
using Graph.Catalog.Pricing;
using Graph.Types;

namespace Graph.Catalog.Products;

/// <summary>The resolved fields of <see cref="Product"/>: prices, category, applied offer and stock, each through a DataLoader.</summary>
[ObjectType<Product>]
public static class ProductNode
{
    [GraphQLDescription("The list price, before offers.")]
    public static Money GetPrice([Parent] Product product) => product.ListPrice;

    [GraphQLDescription("The price to pay now: the list price with the best active offer for the product or its category (and the category's ancestors) applied. Offers do not stack.")]
    public static async Task<Money> GetFinalPriceAsync([Parent] Product product, ActiveOffersByProductLoader offers, CancellationToken cancellationToken)
    {
        var matches = await offers.LoadAsync(product.Id, cancellationToken).ConfigureAwait(false);
        return OfferPricing.FinalPrice(product.ListPrice, matches);
    }

    [GraphQLDescription("The active offer that `finalPrice` applies; null when no offer is active for the product.")]
    public static async Task<Offer?> GetAppliedOfferAsync(
        [Parent] Product product, ActiveOffersByProductLoader offers, OfferByIdLoader offerById, CancellationToken cancellationToken)
    {
        var matches = await offers.LoadAsync(product.Id, cancellationToken).ConfigureAwait(false);
        return OfferPricing.Best(matches) is { } best
            ? await offerById.LoadAsync(best.OfferId, cancellationToken).ConfigureAwait(false)
            : null;
    }

    [GraphQLDescription("The category the product belongs to.")]
    public static Task<Category> GetCategoryAsync([Parent] Product product, CategoryByIdLoader categoryById, CancellationToken cancellationToken) =>
        categoryById.LoadAsync(product.CategoryId, cancellationToken);

    [GraphQLDescription("The product's stock.")]
    public static async Task<StockLevel> GetInventoryAsync([Parent] Product product, ProductInventoryLoader inventory, CancellationToken cancellationToken) =>
        await inventory.LoadAsync(product.Id, cancellationToken).ConfigureAwait(false) is { } row
            ? new StockLevel(row.OnHand, row.Reserved)
            : StockLevel.None;
}
