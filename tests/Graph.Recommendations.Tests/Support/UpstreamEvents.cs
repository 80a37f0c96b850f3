namespace Graph.Recommendations.Tests.Support;

/// <summary>
/// Orders', Reviews' and Users' events as docs/events.md defines them, produced to the service's Kafka cluster. Every method
/// returns the envelope ids it produced, for <see cref="RecommendationsFixture.WaitProcessedAsync"/>.
/// </summary>
public sealed class UpstreamEvents(RecommendationsFixture system)
{
    /// <summary><c>order.created.v1</c> with one product line per product and a coupon line (which is no purchase).</summary>
    public async Task<Guid> OrderCreatedAsync(Guid orderId, Guid userId, IEnumerable<Guid> products, Guid? envelopeId = null, DateTimeOffset? time = null)
    {
        var id = envelopeId ?? Guid.NewGuid();
        await system.ProduceAsync("order.create", "order.created.v1", "/orders", orderId, new
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
        }, id, time ?? DateTimeOffset.UtcNow);
        return id;
    }

    /// <summary><c>order.status-changed.v1</c>; <paramref name="time"/> is when the status changed (a PAID one: when the purchase happened).</summary>
    public async Task<Guid> StatusAsync(Guid orderId, Guid userId, string status, string previousStatus, Guid? envelopeId = null, DateTimeOffset? time = null)
    {
        var id = envelopeId ?? Guid.NewGuid();
        await system.ProduceAsync("order.status", "order.status-changed.v1", "/orders", orderId, new
        {
            orderId,
            userId,
            customerEmail = "customer@example.com",
            status,
            previousStatus,
            total = "120.00",
            currency = "USD",
        }, id, time ?? DateTimeOffset.UtcNow);
        return id;
    }

    /// <summary>An order created and paid at <paramref name="paidAt"/> (now when not given), in order.</summary>
    public async Task<Guid[]> PaidOrderAsync(Guid userId, IEnumerable<Guid> products, DateTimeOffset? paidAt = null, Guid? orderId = null)
    {
        var order = orderId ?? Guid.NewGuid();
        var created = await OrderCreatedAsync(order, userId, products);
        var paid = await StatusAsync(order, userId, "PAID", "PENDING", time: paidAt);
        return [created, paid];
    }

    /// <summary><c>review.changed.v1</c> (keyed by product) at <paramref name="time"/>.</summary>
    public async Task<Guid> ReviewChangedAsync(Guid reviewId, Guid productId, Guid authorId, int rating, string kind, DateTimeOffset time, Guid? envelopeId = null)
    {
        var id = envelopeId ?? Guid.NewGuid();
        await system.ProduceAsync("review.changed", "review.changed.v1", "/reviews", productId, new
        {
            reviewId,
            productId,
            authorId,
            rating,
            kind,
            tags = new[] { $"Review:{reviewId}", $"RatingSummary:{productId}" },
        }, id, time);
        return id;
    }

    /// <summary><c>user.deleted.v1</c> (Users, keyed by the user id): the account was deleted.</summary>
    public async Task<Guid> UserDeletedAsync(Guid userId, Guid? envelopeId = null, DateTimeOffset? time = null)
    {
        var id = envelopeId ?? Guid.NewGuid();
        await system.ProduceAsync("user.deleted", "user.deleted.v1", "/users", userId, new { userId }, id, time ?? DateTimeOffset.UtcNow);
        return id;
    }
}
