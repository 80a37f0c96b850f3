namespace Graph.Orders.Carts;

/// <summary>Limits on everything a cart or checkout input can grow (issue 6 brief: quantity 1-99, at most 50 lines).</summary>
public static class CartLimits
{
    public const int MinQuantity = 1;
    public const int MaxQuantity = 99;
    public const int MaxLines = 50;

    /// <summary>Idempotency keys, payment method and address ids (opaque strings of other services).</summary>
    public const int MaxKeyLength = 100;
}
