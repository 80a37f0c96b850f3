using FluentAssertions;
using Graph.Messaging;
using Graph.Orders.Domain;
using Graph.Orders.Infrastructure;
using Graph.Reviews.Tests.Support;
using Graph.Testing.Polling;
using Microsoft.Extensions.DependencyInjection;
using Xunit;
using OrdersEvents = Graph.Orders.Events;

namespace Graph.Reviews.Tests;

/// <summary>
/// The producer's side of the contract (docs/events.md): Orders' own event records and status texts, published by
/// Graph.Messaging as Orders publishes them, are understood by Reviews' consumers.
/// </summary>
[Collection(ReviewsCollection.Name)]
public sealed class OrdersContractTests(ReviewsFixture system)
{
    [Fact]
    public async Task Orders_Own_Created_And_Paid_Events_Should_Make_The_Review_A_Verified_Purchase()
    {
        var (userId, token) = system.NewCustomer();
        var product = Guid.NewGuid();
        var orderId = Guid.NewGuid();
        var reviewId = await system.Reviews.AddAsync(token, product, 5);
        var services = new ServiceCollection().AddLogging();
        services.AddKafkaMessaging(o =>
            {
                o.Source = "/orders";
                o.BootstrapServers = system.Kafka.BootstrapServers;
            })
            .AddEvent<OrdersEvents.OrderCreated>("order.created.v1", "order.create")
            .AddEvent<OrdersEvents.OrderStatusChanged>("order.status-changed.v1", "order.status");
        await using var provider = services.BuildServiceProvider();
        var publisher = provider.GetRequiredService<IEventPublisher>();

        await publisher.PublishAsync(new OrdersEvents.OrderCreated(
            orderId, userId, "c@example.com", "pm_card_visa", "USD", "99.00",
            [new OrdersEvents.OrderCreatedLine(Guid.NewGuid(), EnumText.ToText(LineKind.Product), product, "A product", 1, "99.00")]));
        await publisher.PublishAsync(new OrdersEvents.OrderStatusChanged(
            orderId, userId, "c@example.com", EnumText.ToText(OrderStatus.Paid), EnumText.ToText(OrderStatus.Pending), "99.00", "USD"));

        await Eventually.UntilAsync(async () =>
        {
            using var response = await system.Reviews.PostAsync(ReviewsApi.ReviewById, new { id = reviewId });
            return response.Get("reviewById", "verifiedPurchase").GetBoolean();
        }, verified => verified, "verifiedPurchase from Orders' own events");
        (await system.RowsAsync("SELECT paid, refunded FROM purchase_orders WHERE order_id = @p0", orderId)).Should().Equal("True|False");
    }
}
