using FluentAssertions;
using Graph.Catalog.Events;
using Graph.Catalog.Reservations;
using Graph.Messaging;
using Npgsql;
using Xunit;
using static Graph.Catalog.Tests.Reservations.SagaOrders;

namespace Graph.Catalog.Tests.Reservations;

/// <summary>
/// The Catalog's saga steps through its handlers, each message in one transaction as the consumer runs it, on a real
/// database: reserve all or nothing, never oversell, release once, and every change with its outbox events.
/// </summary>
public sealed class StockReservationTests(ReservationDatabase database) : IClassFixture<ReservationDatabase>
{
    [Fact]
    public async Task An_Order_With_Stock_Should_Reserve_Every_Line_And_Emit_Inventory_Reserved()
    {
        var productId = await database.CreateProductAsync(5);
        var couponId = await database.CreateCouponAsync(3);
        var order = Order(Product(productId, 2), Coupon(couponId, 3));

        await database.HandleAsync(order);

        (await database.ProductReservedAsync(productId)).Should().Be(2);
        (await database.CouponReservedAsync(couponId)).Should().Be(3);
        (await database.ReservationStateAsync(order.OrderId)).Should().Be("RESERVED");
        var envelopes = await database.OutboxEnvelopesAsync(order.OrderId);
        envelopes.Select(e => e.Type).Should().Equal(SagaContracts.InventoryReservedType);
        envelopes[0].Data.GetProperty("orderId").GetGuid().Should().Be(order.OrderId);
        (await database.CatalogChangedCountAsync(EntityTags.For(EntityTags.Product, productId))).Should().Be(1);
        (await database.CatalogChangedCountAsync(EntityTags.For(EntityTags.Coupon, couponId))).Should().Be(1);
    }

    [Fact]
    public async Task A_Reservation_Rolled_Back_With_The_Consumer_Transaction_Should_Leave_No_Stock_Change_Row_Or_Event()
    {
        var productId = await database.CreateProductAsync(5);
        var order = Order(Product(productId, 1));

        // The stock, the reservation row and the outbox rows are written in the consumer's transaction: all or none.
        await database.HandleAsync(order, commit: false);

        (await database.ProductReservedAsync(productId)).Should().Be(0);
        (await database.CountReservationsAsync(order.OrderId)).Should().Be(0);
        (await database.OutboxEnvelopesAsync(order.OrderId)).Should().BeEmpty();
        (await database.CatalogChangedCountAsync(EntityTags.For(EntityTags.Product, productId))).Should().Be(0);

        // The redelivery after the crash then reserves normally.
        await database.HandleAsync(order);
        (await database.ProductReservedAsync(productId)).Should().Be(1);
        (await database.OutboxEnvelopesAsync(order.OrderId)).Should().ContainSingle();
    }

    [Fact]
    public async Task An_Order_With_One_Short_Line_Should_Reserve_Nothing_And_Name_The_Short_Item()
    {
        var plenty = await database.CreateProductAsync(10);
        var scarce = await database.CreateProductAsync(1);
        var couponId = await database.CreateCouponAsync(10);
        var order = Order(Product(plenty, 4), Coupon(couponId, 2), Product(scarce, 2));

        await database.HandleAsync(order);

        (await database.ProductReservedAsync(plenty)).Should().Be(0);
        (await database.ProductReservedAsync(scarce)).Should().Be(0);
        (await database.CouponReservedAsync(couponId)).Should().Be(0);
        (await database.ReservationStateAsync(order.OrderId)).Should().Be("REJECTED");
        var rejected = (await database.OutboxEnvelopesAsync(order.OrderId)).Should().ContainSingle().Subject;
        rejected.Type.Should().Be(SagaContracts.InventoryRejectedType);
        rejected.Data.GetProperty("reason").GetString().Should().Be(SagaContracts.OutOfStockReason);
        var item = rejected.Data.GetProperty("items").EnumerateArray().Should().ContainSingle().Subject;
        item.GetProperty("kind").GetString().Should().Be("PRODUCT");
        item.GetProperty("itemId").GetGuid().Should().Be(scarce);
        item.GetProperty("requested").GetInt32().Should().Be(2);
        item.GetProperty("available").GetInt32().Should().Be(1);
        (await database.CatalogChangedCountAsync(EntityTags.For(EntityTags.Product, plenty))).Should().Be(0, "no stock changed");
    }

    [Fact]
    public async Task An_Unknown_Item_Should_Be_Rejected_As_Out_Of_Stock_With_Nothing_Available()
    {
        var unknown = Guid.NewGuid();
        var order = Order(Product(unknown, 1));

        await database.HandleAsync(order);

        var rejected = (await database.OutboxEnvelopesAsync(order.OrderId)).Single();
        var item = rejected.Data.GetProperty("items").EnumerateArray().Single();
        item.GetProperty("itemId").GetGuid().Should().Be(unknown);
        item.GetProperty("available").GetInt32().Should().Be(0);
    }

    [Fact]
    public async Task Two_Lines_Of_One_Item_Should_Count_Together()
    {
        var productId = await database.CreateProductAsync(3);
        var order = Order(Product(productId, 2), Product(productId, 2));

        await database.HandleAsync(order);

        (await database.ReservationStateAsync(order.OrderId)).Should().Be("REJECTED");
        var item = (await database.OutboxEnvelopesAsync(order.OrderId)).Single().Data.GetProperty("items").EnumerateArray().Single();
        item.GetProperty("requested").GetInt32().Should().Be(4);
        (await database.ProductReservedAsync(productId)).Should().Be(0);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(ReservationLines.MaxQuantity + 1)]
    public async Task A_Line_With_A_Quantity_Out_Of_Range_Should_Reject_The_Order_As_Invalid(int quantity)
    {
        var productId = await database.CreateProductAsync(ReservationLines.MaxQuantity + 5);
        var order = Order(Product(productId, 1), Product(productId, quantity));

        await database.HandleAsync(order);

        (await database.ReservationStateAsync(order.OrderId)).Should().Be("REJECTED");
        var rejected = (await database.OutboxEnvelopesAsync(order.OrderId)).Single();
        rejected.Data.GetProperty("reason").GetString().Should().Be(SagaContracts.InvalidOrderReason);
        (await database.ProductReservedAsync(productId)).Should().Be(0);
    }

    [Fact]
    public async Task Too_Many_Lines_Or_An_Unknown_Kind_Should_Reject_The_Order_As_Invalid()
    {
        var productId = await database.CreateProductAsync(500);
        var tooMany = Order(Enumerable.Range(0, ReservationLines.MaxItems + 1).Select(_ => Product(productId, 1)).ToArray());
        var badKind = Order(Product(productId, 1) with { Kind = "GIFT_CARD" });
        var noLines = Order();

        await database.HandleAsync(tooMany);
        await database.HandleAsync(badKind);
        await database.HandleAsync(noLines);

        foreach (var order in new[] { tooMany, badKind, noLines })
        {
            (await database.OutboxEnvelopesAsync(order.OrderId)).Single().Data.GetProperty("reason").GetString()
                .Should().Be(SagaContracts.InvalidOrderReason);
        }

        (await database.ProductReservedAsync(productId)).Should().Be(0);
    }

    [Fact]
    public async Task An_Order_Without_An_Order_Id_Should_Be_Refused_As_Malformed()
    {
        var productId = await database.CreateProductAsync(5);
        var order = Order(Product(productId, 1)) with { OrderId = Guid.Empty };

        var handling = () => database.HandleAsync(order);

        // Malformed messages go straight to the dead-letter topic: there is no order to answer.
        await handling.Should().ThrowAsync<MalformedMessageException>();
        (await database.ProductReservedAsync(productId)).Should().Be(0);
    }

    [Fact]
    public async Task A_Second_Delivery_Of_The_Same_Order_Should_Change_Nothing()
    {
        var productId = await database.CreateProductAsync(5);
        var order = Order(Product(productId, 2));

        await database.HandleAsync(order);
        // A new message id (so the inbox would not catch it): the reservation row does.
        await database.HandleAsync(order with { Id = Guid.CreateVersion7() });
        var third = await database.WithReservationsAsync(r => r.ReserveAsync(order, CancellationToken.None));

        third.Should().Be(ReservationOutcome.AlreadyHandled);
        (await database.ProductReservedAsync(productId)).Should().Be(2);
        (await database.OutboxEnvelopesAsync(order.OrderId)).Should().ContainSingle();
    }

    [Fact]
    public async Task A_Payment_Failure_Should_Release_The_Reservation()
    {
        var productId = await database.CreateProductAsync(5);
        var couponId = await database.CreateCouponAsync(5);
        var order = Order(Product(productId, 2), Coupon(couponId, 1));
        await database.HandleAsync(order);

        await database.HandleAsync(PaymentFailed(order.OrderId));

        (await database.ProductReservedAsync(productId)).Should().Be(0);
        (await database.CouponReservedAsync(couponId)).Should().Be(0);
        (await database.ReservationStateAsync(order.OrderId)).Should().Be("RELEASED");
        (await database.OutboxEnvelopesAsync(order.OrderId)).Select(e => e.Type)
            .Should().Equal(SagaContracts.InventoryReservedType, SagaContracts.InventoryReleasedType);
        (await database.CatalogChangedCountAsync(EntityTags.For(EntityTags.Product, productId))).Should().Be(2, "reserve and release both change availability");
    }

    [Fact]
    public async Task A_Cancellation_Should_Release_The_Reservation_And_Other_Statuses_Should_Not()
    {
        var productId = await database.CreateProductAsync(5);
        var order = Order(Product(productId, 3));
        await database.HandleAsync(order);

        await database.HandleAsync(StatusChanged(order.OrderId, "PAID", "PENDING"));
        (await database.ProductReservedAsync(productId)).Should().Be(3);

        await database.HandleAsync(StatusChanged(order.OrderId, "CANCELLED", "PAID"));

        (await database.ProductReservedAsync(productId)).Should().Be(0);
        (await database.ReservationStateAsync(order.OrderId)).Should().Be("RELEASED");
        (await database.OutboxEnvelopesAsync(order.OrderId)).Select(e => e.Type)
            .Should().Equal(SagaContracts.InventoryReservedType, SagaContracts.InventoryReleasedType);
    }

    [Fact]
    public async Task Shipping_Should_Take_The_Reserved_Units_Off_The_Shelf_Once_And_Leave_Nothing_To_Release()
    {
        var productId = await database.CreateProductAsync(5);
        var couponId = await database.CreateCouponAsync(4);
        var order = Order(Product(productId, 2), Coupon(couponId, 1));
        await database.HandleAsync(order);
        await database.HandleAsync(StatusChanged(order.OrderId, "PAID", "PENDING"));

        await database.HandleAsync(StatusChanged(order.OrderId, "SHIPPED", "PAID"));
        await database.HandleAsync(StatusChanged(order.OrderId, "SHIPPED", "PAID"));
        var release = await database.WithReservationsAsync(r => r.ReleaseAsync(order.OrderId, CancellationToken.None));

        (await database.ReservationStateAsync(order.OrderId)).Should().Be("COMMITTED");
        (await database.ScalarAsync<int>("SELECT on_hand FROM product_inventory WHERE product_id = @p0", productId)).Should().Be(3, "two units shipped, once");
        (await database.ProductReservedAsync(productId)).Should().Be(0);
        (await database.ScalarAsync<int>("SELECT on_hand FROM coupon_inventory WHERE coupon_id = @p0", couponId)).Should().Be(3);
        (await database.CouponReservedAsync(couponId)).Should().Be(0);
        release.Should().Be(ReleaseOutcome.NothingReserved, "what shipped cannot come back to the shelf by a release");
        (await database.ProductReservedAsync(productId)).Should().Be(0);
    }

    [Fact]
    public async Task Shipping_A_Rejected_Order_Should_Change_No_Stock()
    {
        var productId = await database.CreateProductAsync(1);
        var order = Order(Product(productId, 2));
        await database.HandleAsync(order);

        var outcome = await database.WithReservationsAsync(r => r.CommitAsync(order.OrderId, CancellationToken.None));

        outcome.Should().Be(CommitOutcome.NothingReserved);
        (await database.ReservationStateAsync(order.OrderId)).Should().Be("REJECTED");
        (await database.ScalarAsync<int>("SELECT on_hand FROM product_inventory WHERE product_id = @p0", productId)).Should().Be(1);
    }

    [Fact]
    public async Task Releasing_Twice_Should_Release_Once()
    {
        var productId = await database.CreateProductAsync(5);
        var order = Order(Product(productId, 2));
        await database.HandleAsync(order);
        // Another order holds units too, so a second release would show as a wrong count.
        var other = Order(Product(productId, 1));
        await database.HandleAsync(other);

        await database.HandleAsync(PaymentFailed(order.OrderId));
        await database.HandleAsync(StatusChanged(order.OrderId, "CANCELLED", "PAYMENT_FAILED"));
        var third = await database.WithReservationsAsync(r => r.ReleaseAsync(order.OrderId, CancellationToken.None));

        third.Should().Be(ReleaseOutcome.NothingReserved);
        (await database.ProductReservedAsync(productId)).Should().Be(1);
        (await database.OutboxEnvelopesAsync(order.OrderId)).Count(e => e.Type == SagaContracts.InventoryReleasedType).Should().Be(1);
    }

    [Fact]
    public async Task A_Rejected_Order_Should_Have_Nothing_To_Release()
    {
        var productId = await database.CreateProductAsync(1);
        var order = Order(Product(productId, 2));
        await database.HandleAsync(order);

        var outcome = await database.WithReservationsAsync(r => r.ReleaseAsync(order.OrderId, CancellationToken.None));

        outcome.Should().Be(ReleaseOutcome.NothingReserved);
        (await database.ReservationStateAsync(order.OrderId)).Should().Be("REJECTED");
        (await database.ProductReservedAsync(productId)).Should().Be(0);
    }

    [Fact]
    public async Task A_Cancellation_Read_Before_Its_Order_Should_Keep_The_Late_Order_From_Reserving()
    {
        var productId = await database.CreateProductAsync(5);
        var order = Order(Product(productId, 2));

        await database.HandleAsync(StatusChanged(order.OrderId, "CANCELLED", "PENDING"));
        await database.HandleAsync(order);

        (await database.ProductReservedAsync(productId)).Should().Be(0);
        (await database.ReservationStateAsync(order.OrderId)).Should().Be("RELEASED");
        (await database.OutboxEnvelopesAsync(order.OrderId)).Should().BeEmpty();
    }

    [Fact]
    public async Task Two_Concurrent_Orders_For_The_Last_Item_Should_Reserve_One_And_Reject_The_Other()
    {
        var productId = await database.CreateProductAsync(1);
        var first = Order(Product(productId, 1));
        var second = Order(Product(productId, 1));

        // A third transaction holds the item's row until both orders wait on it, so they really contend.
        await using var blocker = new NpgsqlConnection(database.ConnectionString);
        await blocker.OpenAsync();
        await using var blocking = await blocker.BeginTransactionAsync();
        await using (var lockRow = ReservationDatabase.Command(blocker, "SELECT 1 FROM product_inventory WHERE product_id = @p0 FOR UPDATE", productId))
        {
            lockRow.Transaction = blocking;
            await lockRow.ExecuteScalarAsync();
        }

        var handling = Task.WhenAll(database.HandleAsync(first), database.HandleAsync(second));
        await WaitForLockWaitersAsync(2, handling);
        await blocking.CommitAsync();
        await handling;

        var states = new[] { await database.ReservationStateAsync(first.OrderId), await database.ReservationStateAsync(second.OrderId) };
        states.Should().BeEquivalentTo(["RESERVED", "REJECTED"]);
        (await database.ProductReservedAsync(productId)).Should().Be(1);
        var loser = states[0] == "REJECTED" ? first : second;
        var item = (await database.OutboxEnvelopesAsync(loser.OrderId)).Single().Data.GetProperty("items").EnumerateArray().Single();
        item.GetProperty("available").GetInt32().Should().Be(0);
    }

    /// <summary>Waits until <paramref name="count"/> sessions of this database wait for a lock (or the handlers end early).</summary>
    private async Task WaitForLockWaitersAsync(int count, Task handling)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (true)
        {
            var waiting = await database.ScalarAsync<long>(
                "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'");
            if (waiting >= count)
            {
                return;
            }

            handling.IsCompleted.Should().BeFalse("the handlers must wait for the locked row, not finish around it");
            DateTime.UtcNow.Should().BeBefore(deadline, $"{count} handlers should be waiting for the row lock");
            await Task.Delay(10);
        }
    }
}
