namespace Graph.Catalog.Domain;

/// <summary>Stock of one product (seed 002: inventory control); available = on hand - reserved.</summary>
public sealed class ProductInventory
{
    public Guid ProductId { get; set; }

    public int OnHand { get; set; }

    public int Reserved { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }
}

/// <summary>How many of one coupon are left to sell; available = on hand - reserved.</summary>
public sealed class CouponInventory
{
    public Guid CouponId { get; set; }

    public int OnHand { get; set; }

    public int Reserved { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }
}
