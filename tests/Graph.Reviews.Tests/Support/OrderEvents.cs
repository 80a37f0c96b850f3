namespace Graph.Reviews.Tests.Support;

/// <summary>Orders' events as docs/events.md defines them, produced to the Reviews service's Kafka cluster.</summary>
public sealed class OrderEvents(ReviewsFixture system)
{
    /// <summary><c>order.created.v1</c> on <c>order.create</c> with one product line per product (and a coupon line, which is no purchase).</summary>
    public Task CreatedAsync(Guid orderId, Guid userId, IEnumerable<Guid> products, Guid? envelopeId = null) =>
        system.ProduceAsync("order.create", "order.created.v1", orderId, new
        {
            orderId,
            userId,
            customerEmail = "customer@example.com",
            paymentMethodId = "pm_card_visa",
            currency = "USD",
            total = "120.00",
            lines = products.Select(p => new { lineId = Guid.NewGuid(), kind = "PRODUCT", itemId = p, name = "A product", quantity = 1, unitPrice = "100.00" })
                .Append(new { lineId = Guid.NewGuid(), kind = "COUPON", itemId = Guid.NewGuid(), name = "A coupon", quantity = 1, unitPrice = "20.00" })
                .ToList(),
        }, envelopeId);

    /// <summary><c>order.status-changed.v1</c> on <c>order.status</c>.</summary>
    public Task StatusAsync(Guid orderId, Guid userId, string status, string previousStatus, Guid? envelopeId = null) =>
        system.ProduceAsync("order.status", "order.status-changed.v1", orderId, new
        {
            orderId,
            userId,
            customerEmail = "customer@example.com",
            status,
            previousStatus,
            total = "120.00",
            currency = "USD",
        }, envelopeId);
}
