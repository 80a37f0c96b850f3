using System.Diagnostics;
using System.Text;
using Confluent.Kafka;
using FluentAssertions;
using Graph.Catalog.Reservations;
using Graph.Catalog.Tests.Support;
using Graph.Messaging;
using Microsoft.Extensions.DependencyInjection;
using Xunit;
using static Graph.Catalog.Tests.Reservations.SagaOrders;

namespace Graph.Catalog.Tests.Reservations;

/// <summary>
/// The saga through the running Catalog service: envelopes produced to <c>order.create</c> and <c>payment.event</c> on
/// the Kafka mock cluster are consumed (group <c>catalog</c>, inbox), and the outcome leaves on <c>inventory.event</c>
/// through the outbox relay; the stock shows in <c>Product.inventory</c>.
/// </summary>
[Collection(CatalogServiceCollection.Name)]
public sealed class ReservationKafkaTests(CatalogServiceFixture service)
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    private readonly CatalogApi _api = new(service);

    [Fact]
    public async Task An_Order_Produced_Twice_Should_Be_Reserved_Once_Published_On_Inventory_Event_And_Released_On_Payment_Failure()
    {
        var category = await _api.CreateCategoryAsync("Saga");
        var productId = (await _api.CreateProductAsync("Saga product", "Acme", 10m, category, stock: 4)).GetProperty("id").GetGuid();
        var order = Order(Product(productId, 3));
        var publisher = service.Host.Services.GetRequiredService<IEventPublisher>();

        await publisher.PublishAsync(order);
        await publisher.PublishAsync(order); // the same message again: the inbox skips it
        await publisher.PublishAsync(order with { Id = Guid.CreateVersion7() }); // the same order as a new message
        await WaitForStateAsync(order.OrderId, "RESERVED");

        var reserved = await ReadInventoryEventsAsync(order.OrderId, 1);
        reserved.Select(e => e.Type).Should().Equal(SagaContracts.InventoryReservedType);
        (await AvailableAsync(productId)).Should().Be(1);

        // payment.succeeded.v1 is mapped but not handled: skipped, it does not hold up the partition.
        await publisher.PublishAsync(new PaymentSucceeded(order.OrderId, Guid.NewGuid(), 30m, "USD"));
        await publisher.PublishAsync(PaymentFailed(order.OrderId));
        await WaitForStateAsync(order.OrderId, "RELEASED");

        (await AvailableAsync(productId)).Should().Be(4);
        var events = await ReadInventoryEventsAsync(order.OrderId, 2);
        events.Select(e => e.Type).Should().Equal(SagaContracts.InventoryReservedType, SagaContracts.InventoryReleasedType);
        (await service.ScalarAsync<int>("SELECT reserved FROM product_inventory WHERE product_id = @p0", productId)).Should().Be(0);
    }

    [Fact]
    public async Task An_Order_For_More_Than_The_Stock_Should_Be_Rejected_On_Inventory_Event()
    {
        var category = await _api.CreateCategoryAsync("Saga");
        var productId = (await _api.CreateProductAsync("Scarce product", "Acme", 10m, category, stock: 1)).GetProperty("id").GetGuid();
        var order = Order(Product(productId, 2));

        await service.Host.Services.GetRequiredService<IEventPublisher>().PublishAsync(order);
        await WaitForStateAsync(order.OrderId, "REJECTED");

        var rejected = (await ReadInventoryEventsAsync(order.OrderId, 1)).Should().ContainSingle().Subject;
        rejected.Type.Should().Be(SagaContracts.InventoryRejectedType);
        rejected.Data.GetProperty("items")[0].GetProperty("available").GetInt32().Should().Be(1);
        (await AvailableAsync(productId)).Should().Be(1);
    }

    private async Task WaitForStateAsync(Guid orderId, string state)
    {
        var clock = Stopwatch.StartNew();
        while (true)
        {
            var current = await service.ScalarAsync<object>("SELECT coalesce((SELECT state FROM reservations WHERE order_id = @p0), '')", orderId);
            if ((string)current == state)
            {
                return;
            }

            clock.Elapsed.Should().BeLessThan(Patience, $"order {orderId} should reach {state} (now '{current}')");
            await Task.Delay(25);
        }
    }

    private async Task<int> AvailableAsync(Guid productId)
    {
        var response = await _api.QueryAsync("query($id: ID!) { productById(id: $id) { inventory { available } } }", new { id = productId });
        return response.Get("productById", "inventory", "available").GetInt32();
    }

    /// <summary>The envelopes keyed by the order on <c>inventory.event</c>, read from the beginning until <paramref name="count"/> arrived.</summary>
    private Task<List<EventEnvelope>> ReadInventoryEventsAsync(Guid orderId, int count) => Task.Run(() =>
    {
        var config = new ConsumerConfig
        {
            BootstrapServers = service.KafkaBootstrapServers,
            GroupId = "reservation-test-" + Guid.NewGuid().ToString("N"),
            AutoOffsetReset = AutoOffsetReset.Earliest,
            EnableAutoCommit = false,
        };
        using var consumer = new ConsumerBuilder<string, byte[]>(config).SetLogHandler(static (_, _) => { }).Build();
        consumer.Subscribe(SagaContracts.InventoryTopic);
        var envelopes = new List<EventEnvelope>();
        var clock = Stopwatch.StartNew();
        while (envelopes.Count < count && clock.Elapsed < Patience)
        {
            var result = consumer.Consume(TimeSpan.FromMilliseconds(100));
            if (result?.Message is not null && result.Message.Key == orderId.ToString())
            {
                envelopes.Add(EventEnvelope.Parse(result.Message.Value));
            }
        }

        consumer.Close();
        return envelopes;
    });
}
