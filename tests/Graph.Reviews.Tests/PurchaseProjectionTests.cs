using FluentAssertions;
using Graph.Reviews.Tests.Support;
using Graph.Testing.Polling;
using Xunit;

namespace Graph.Reviews.Tests;

/// <summary>
/// <c>verifiedPurchase</c> from the purchases projection of Orders' events (issue 8): true once the order is PAID,
/// false before and after a refund; duplicate and out-of-order delivery end in the state of one in-order delivery.
/// </summary>
[Collection(ReviewsCollection.Name)]
public sealed class PurchaseProjectionTests(ReviewsFixture system)
{
    private readonly OrderEvents _orders = new(system);

    [Fact]
    public async Task Verified_Purchase_Should_Be_False_Before_The_Order_Is_Paid_True_When_Paid_And_False_After_A_Refund()
    {
        var (userId, token) = system.NewCustomer();
        var product = Guid.NewGuid();
        var orderId = Guid.NewGuid();
        var reviewId = await system.Reviews.AddAsync(token, product, 5);
        (await VerifiedAsync(reviewId)).Should().BeFalse();

        var created = Guid.NewGuid();
        await _orders.CreatedAsync(orderId, userId, [product], created);
        await WaitProcessedAsync(created);
        (await VerifiedAsync(reviewId)).Should().BeFalse("a PENDING order is no purchase yet");

        await _orders.StatusAsync(orderId, userId, "PAID", "PENDING");
        await Eventually.UntilAsync(() => VerifiedAsync(reviewId), v => v, "verifiedPurchase after PAID");

        await _orders.StatusAsync(orderId, userId, "CANCELLED", "PAID");
        await _orders.StatusAsync(orderId, userId, "REFUNDED", "CANCELLED");
        await Eventually.UntilAsync(() => VerifiedAsync(reviewId), v => !v, "verifiedPurchase gone after REFUNDED");
    }

    [Fact]
    public async Task Verified_Purchase_Should_Stay_False_For_A_Paid_Order_Of_Another_Product()
    {
        var (userId, token) = system.NewCustomer();
        var reviewed = Guid.NewGuid();
        var orderId = Guid.NewGuid();
        var reviewId = await system.Reviews.AddAsync(token, reviewed, 4);
        var paid = Guid.NewGuid();

        await _orders.CreatedAsync(orderId, userId, [Guid.NewGuid()]);
        await _orders.StatusAsync(orderId, userId, "PAID", "PENDING", paid);
        await WaitProcessedAsync(paid);

        (await VerifiedAsync(reviewId)).Should().BeFalse();
    }

    [Fact]
    public async Task Duplicate_And_Out_Of_Order_Events_Should_Leave_The_State_Of_One_In_Order_Delivery()
    {
        var user = Guid.NewGuid();
        var products = new[] { Guid.NewGuid(), Guid.NewGuid() };
        var inOrder = Guid.NewGuid();
        var shuffled = Guid.NewGuid();
        var refundedInOrder = Guid.NewGuid();
        var refundedShuffled = Guid.NewGuid();

        // One delivery in order of each story.
        var a = new[] { Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid() };
        await _orders.CreatedAsync(inOrder, user, products, a[0]);
        await _orders.StatusAsync(inOrder, user, "PAID", "PENDING", a[1]);
        await _orders.StatusAsync(inOrder, user, "SHIPPED", "PAID", a[2]);
        var b = new[] { Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid() };
        await _orders.CreatedAsync(refundedInOrder, user, products, b[0]);
        await _orders.StatusAsync(refundedInOrder, user, "PAID", "PENDING", b[1]);
        await _orders.StatusAsync(refundedInOrder, user, "CANCELLED", "PAID", b[2]);
        await _orders.StatusAsync(refundedInOrder, user, "REFUNDED", "CANCELLED", b[3]);

        // The same stories with statuses before the order, statuses reversed, and every message twice (same id).
        var c = new[] { Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid() };
        await _orders.StatusAsync(shuffled, user, "SHIPPED", "PAID", c[2]);
        await _orders.StatusAsync(shuffled, user, "PAID", "PENDING", c[1]);
        await _orders.StatusAsync(shuffled, user, "SHIPPED", "PAID", c[2]);
        await _orders.CreatedAsync(shuffled, user, products, c[0]);
        await _orders.StatusAsync(shuffled, user, "PAID", "PENDING", c[1]);
        await _orders.CreatedAsync(shuffled, user, products, c[0]);
        var d = new[] { Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid() };
        await _orders.StatusAsync(refundedShuffled, user, "REFUNDED", "CANCELLED", d[3]);
        await _orders.StatusAsync(refundedShuffled, user, "CANCELLED", "PAID", d[2]);
        await _orders.StatusAsync(refundedShuffled, user, "PAID", "PENDING", d[1]);
        await _orders.StatusAsync(refundedShuffled, user, "REFUNDED", "CANCELLED", d[3]);
        await _orders.CreatedAsync(refundedShuffled, user, products, d[0]);
        await _orders.CreatedAsync(refundedShuffled, user, products, d[0]);
        // A redelivery under a new envelope id (a producer retry): the inbox cannot tell, the upserts must.
        var retried = new[] { Guid.NewGuid(), Guid.NewGuid() };
        await _orders.StatusAsync(refundedShuffled, user, "PAID", "PENDING", retried[0]);
        await _orders.CreatedAsync(refundedShuffled, user, products, retried[1]);

        await WaitProcessedAsync([.. a, .. b, .. c, .. d, .. retried]);

        (await StateAsync(shuffled)).Should().Equal(await StateAsync(inOrder));
        (await StateAsync(inOrder)).Should().Equal($"True|False|{products.Length}");
        (await StateAsync(refundedShuffled)).Should().Equal(await StateAsync(refundedInOrder));
        (await StateAsync(refundedInOrder)).Should().Equal($"True|True|{products.Length}");
    }

    private Task<IReadOnlyList<string>> StateAsync(Guid orderId) =>
        system.RowsAsync(
            "SELECT o.paid, o.refunded, (SELECT count(*) FROM purchase_lines l WHERE l.order_id = o.order_id) FROM purchase_orders o WHERE o.order_id = @p0",
            orderId);

    private Task WaitProcessedAsync(params Guid[] envelopeIds) =>
        Eventually.UntilAsync(
            () => system.RowsAsync("SELECT count(DISTINCT message_id) FROM inbox_messages WHERE message_id = ANY (@p0)", envelopeIds),
            rows => rows.Single() == envelopeIds.Length.ToString(System.Globalization.CultureInfo.InvariantCulture),
            $"{envelopeIds.Length} order events in the inbox");

    private async Task<bool> VerifiedAsync(Guid reviewId)
    {
        using var response = await system.Reviews.PostAsync(ReviewsApi.ReviewById, new { id = reviewId });
        response.Errors.Should().BeEmpty(response.Body);
        return response.Get("reviewById", "verifiedPurchase").GetBoolean();
    }
}
