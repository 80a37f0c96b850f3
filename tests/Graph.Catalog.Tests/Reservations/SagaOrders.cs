using Graph.Catalog.Reservations;

namespace Graph.Catalog.Tests.Reservations;

/// <summary><c>order.created.v1</c> and the compensation events as Orders and Payments would send them.</summary>
public static class SagaOrders
{
    public static OrderCreatedLine Product(Guid productId, int quantity) =>
        new(Guid.NewGuid(), SagaContracts.ProductKind, productId, "A product", quantity, 10m);

    public static OrderCreatedLine Coupon(Guid couponId, int quantity) =>
        new(Guid.NewGuid(), SagaContracts.CouponKind, couponId, "A coupon", quantity, 5m);

    public static OrderCreated Order(params OrderCreatedLine[] lines) =>
        new(Guid.NewGuid(), Guid.NewGuid(), "shopper@example.test", "pm_card_visa", "USD", lines.Sum(l => l.UnitPrice * l.Quantity), lines);

    public static PaymentFailed PaymentFailed(Guid orderId) => new(orderId, Guid.NewGuid(), "card_declined", "Your card was declined.");

    public static OrderStatusChanged StatusChanged(Guid orderId, string status, string previousStatus) =>
        new(orderId, Guid.NewGuid(), "shopper@example.test", status, previousStatus, 10m, "USD");
}
