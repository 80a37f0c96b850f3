using Graph.Types;

namespace Graph.Catalog.Domain;

/// <summary>
/// A coupon sold in the catalog (seed 000: "viewing coupons by category"): a company's discount voucher with a price,
/// a discount, a validity window and terms. How many are left is its inventory (<c>Coupon.inventory</c>).
/// </summary>
[Key("id")]
[GraphQLDescription("A coupon: a company's discount voucher, bought at a price and valid in a window.")]
public sealed class Coupon
{
    [ID]
    [GraphQLDescription("The coupon's id.")]
    public Guid Id { get; set; }

    [GraphQLDescription("The coupon's title, e.g. `2 for 1 cinema tickets`.")]
    public string Title { get; set; } = "";

    [GraphQLDescription("The company honouring the coupon.")]
    public string Company { get; set; } = "";

    [GraphQLIgnore]
    public Guid CategoryId { get; set; }

    [GraphQLIgnore]
    public decimal PriceAmount { get; set; }

    [GraphQLIgnore]
    public string PriceCurrency { get; set; } = "USD";

    [GraphQLDescription("The discount the coupon gives at the company, in percent (0 < discount <= 100).")]
    public decimal DiscountPercent { get; set; }

    [GraphQLDescription("The first moment the coupon can be redeemed.")]
    public DateTimeOffset ValidFrom { get; set; }

    [GraphQLDescription("The moment the coupon expires (exclusive).")]
    public DateTimeOffset ValidUntil { get; set; }

    [GraphQLDescription("The terms and conditions.")]
    public string Terms { get; set; } = "";

    [GraphQLDescription("When the coupon was added.")]
    public DateTimeOffset CreatedAt { get; set; }

    [GraphQLDescription("When the coupon last changed.")]
    public DateTimeOffset UpdatedAt { get; set; }

    /// <summary>What a buyer pays for the coupon.</summary>
    [GraphQLIgnore]
    public Money Price => new(PriceAmount, PriceCurrency);
}
