using System.Text;
using FluentAssertions;
using Graph.Catalog.Reservations;
using Graph.Messaging;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace Graph.Catalog.Tests.Reservations;

/// <summary>The Catalog's records read the envelopes other services write as docs/events.md shows them, and write theirs so.</summary>
public sealed class SagaContractTests
{
    private readonly IntegrationEventTypeMap _map = new();

    public SagaContractTests() => new MessagingBuilder(new ServiceCollection(), _map).AddSagaEvents();

    [Fact]
    public void Order_Created_With_Money_As_Decimal_Strings_Should_Read_Every_Line()
    {
        var orderId = Guid.NewGuid();
        var itemId = Guid.NewGuid();
        var json = $$$"""
            {"specversion":"1.0","id":"{{{Guid.NewGuid()}}}","type":"order.created.v1","source":"/orders","time":"2026-01-02T03:04:05Z",
             "subject":"{{{orderId}}}","datacontenttype":"application/json",
             "data":{"orderId":"{{{orderId}}}","userId":"{{{Guid.NewGuid()}}}","customerEmail":"a@example.test","paymentMethodId":"pm_card_visa",
                     "currency":"USD","total":"25.00",
                     "lines":[{"lineId":"{{{Guid.NewGuid()}}}","kind":"COUPON","itemId":"{{{itemId}}}","name":"Spa day","quantity":2,"unitPrice":"12.50"}]}}
            """;

        var order = EventEnvelope.Parse(Encoding.UTF8.GetBytes(json)).ToEvent(_map).Should().BeOfType<OrderCreated>().Subject;

        order.OrderId.Should().Be(orderId);
        order.Total.Should().Be(25.00m);
        var line = order.Lines.Should().ContainSingle().Subject;
        (line.Kind, line.ItemId, line.Quantity, line.UnitPrice).Should().Be(("COUPON", itemId, 2, 12.50m));
    }

    [Fact]
    public void Order_Status_Changed_Should_Read_The_Upper_Case_Status()
    {
        var orderId = Guid.NewGuid();
        var json = $$$"""
            {"specversion":"1.0","id":"{{{Guid.NewGuid()}}}","type":"order.status-changed.v1","source":"/orders","time":"2026-01-02T03:04:05Z",
             "subject":"{{{orderId}}}","data":{"orderId":"{{{orderId}}}","userId":"{{{Guid.NewGuid()}}}","customerEmail":"a@example.test",
             "status":"CANCELLED","previousStatus":"PENDING","total":"25.00","currency":"USD"}}
            """;

        var changed = EventEnvelope.Parse(Encoding.UTF8.GetBytes(json)).ToEvent(_map).Should().BeOfType<OrderStatusChanged>().Subject;

        (changed.OrderId, changed.Status).Should().Be((orderId, SagaContracts.CancelledStatus));
    }

    [Fact]
    public void Inventory_Rejected_Should_Be_Written_In_Camel_Case_On_Inventory_Event()
    {
        var orderId = Guid.NewGuid();
        var itemId = Guid.NewGuid();
        var registration = _map.Get(typeof(InventoryRejected));

        var envelope = EventEnvelope.Create(
            new InventoryRejected(orderId, SagaContracts.OutOfStockReason, [new RejectedItem("PRODUCT", itemId, 2, 1)]), registration, "/catalog");

        registration.Topic.Should().Be("inventory.event");
        envelope.Type.Should().Be("inventory.rejected.v1");
        envelope.Subject.Should().Be(orderId.ToString());
        envelope.Data.GetRawText().Should().Be(
            $$$"""{"orderId":"{{{orderId}}}","reason":"out_of_stock","items":[{"kind":"PRODUCT","itemId":"{{{itemId}}}","requested":2,"available":1}]}""");
    }
}
