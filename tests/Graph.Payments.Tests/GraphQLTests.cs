using FluentAssertions;
using Graph.Payments.Domain;
using Graph.Payments.Tests.Support;
using Graph.ServiceDefaults;
using Graph.Testing.Http;
using Graph.Testing.Schema;
using Xunit;
using Xunit.Abstractions;

namespace Graph.Payments.Tests;

/// <summary>The GraphQL API: who reads which payment, <c>Order.payment</c>, <c>refundPayment</c>, the SDL and the HTTP audit.</summary>
[Collection(PaymentsServiceCollection.Name)]
public sealed class GraphQLTests(PaymentsServiceFixture service, ITestOutputHelper output)
{
    private const string PaymentById = "query($id: ID!) { paymentById(id: $id) { id orderId status failureCode amount { amount currency } } }";

    [Fact]
    public async Task A_Customer_Should_Read_Their_Own_Payment()
    {
        var payment = await ArrangePaymentAsync(PaymentStatus.Succeeded);

        using var response = await service.Host.PostAsync(PaymentById, new { id = payment.Id }, service.Tokens.Create(payment.UserId, ["customer"]));

        response.Errors.Should().BeEmpty();
        response.Get("paymentById", "status").GetString().Should().Be("SUCCEEDED");
        response.Get("paymentById", "amount", "amount").ToString().Should().Be("20.00");
    }

    [Fact]
    public async Task An_Admin_Should_Read_Any_Payment()
    {
        var payment = await ArrangePaymentAsync(PaymentStatus.Failed, "authentication_required");

        using var response = await service.Host.PostAsync(PaymentById, new { id = payment.Id }, service.Tokens.Create(Guid.NewGuid(), ["admin"]));

        response.Errors.Should().BeEmpty();
        response.Get("paymentById", "failureCode").GetString().Should().Be("authentication_required");
    }

    [Fact]
    public async Task A_Customer_Should_Not_Read_Another_Customers_Payment()
    {
        var payment = await ArrangePaymentAsync(PaymentStatus.Succeeded);

        using var response = await service.Host.PostAsync(PaymentById, new { id = payment.Id }, service.Tokens.Create(Guid.NewGuid(), ["customer"]));

        response.Get("paymentById").ValueKind.Should().Be(System.Text.Json.JsonValueKind.Null);
    }

    [Fact]
    public async Task An_Anonymous_Caller_Should_Not_Read_A_Payment_Through_The_Entities_Field()
    {
        var payment = await ArrangePaymentAsync(PaymentStatus.Succeeded);

        using var response = await service.Host.PostAsync(
            "query($r: [_Any!]!) { _entities(representations: $r) { ... on Payment { status orderId } } }",
            new { r = new[] { new Dictionary<string, object> { ["__typename"] = "Payment", ["id"] = payment.Id.ToString() } } });

        // the entity resolves through the paymentById lookup, which finds nothing the caller may read
        response.Errors.Should().BeEmpty();
        response.Get("_entities")[0].ValueKind.Should().Be(System.Text.Json.JsonValueKind.Null, response.Body);
    }

    [Fact]
    public async Task The_Order_Entity_Should_Expose_Its_Payment_To_Its_Customer()
    {
        var payment = await ArrangePaymentAsync(PaymentStatus.Failed, "card_declined");

        using var response = await service.Host.PostAsync(
            "query($r: [_Any!]!) { _entities(representations: $r) { ... on Order { id payment { status failureCode } } } }",
            new { r = new[] { new Dictionary<string, object> { ["__typename"] = "Order", ["id"] = payment.OrderId.ToString() } } },
            service.Tokens.Create(payment.UserId, ["customer"]));

        response.Errors.Should().BeEmpty();
        response.Body.Should().Contain("\"failureCode\":\"card_declined\"");
    }

    [Fact]
    public async Task An_Admin_Should_Refund_A_Succeeded_Payment_Through_Stripe()
    {
        var order = new Events.OrderCreated(Guid.NewGuid(), Guid.NewGuid(), null, "pm_card_visa", "USD", "25.00");
        await service.PublishAsync(order);
        await service.PublishAsync(new Events.InventoryReserved(order.OrderId));
        var paid = await service.WaitForPaymentAsync(order.OrderId, p => p.Status == PaymentStatus.Succeeded);

        using var response = await service.Host.PostAsync(
            "mutation($id: ID!) { refundPayment(paymentId: $id) { payment { status } errors { __typename ... on Error { code } } } }",
            new { id = paid.Id }, service.Tokens.Create(Guid.NewGuid(), ["admin"]));

        response.Errors.Should().BeEmpty();
        response.Get("refundPayment", "payment", "status").GetString().Should().Be("REFUNDED");
        response.Get("refundPayment", "errors").GetArrayLength().Should().Be(0);
        service.Stripe.Store.RefundsCreatedFor(paid.StripePaymentIntentId!).Should().Be(1);
        (await service.OutboxPayloadsAsync(order.OrderId, "payment.refunded.v1")).Should().ContainSingle();
    }

    [Fact]
    public async Task Refunding_A_Failed_Payment_Should_Be_A_Payment_Not_Refundable_Error()
    {
        var payment = await ArrangePaymentAsync(PaymentStatus.Failed, "card_declined");

        using var response = await service.Host.PostAsync(
            "mutation($id: ID!) { refundPayment(paymentId: $id) { errors { ... on Error { code } } } }",
            new { id = payment.Id }, service.Tokens.Create(Guid.NewGuid(), ["admin"]));

        response.Get("refundPayment", "errors")[0].GetProperty("code").GetString().Should().Be("PAYMENT_NOT_REFUNDABLE");
    }

    [Fact]
    public async Task A_Customer_Should_Not_Be_Allowed_To_Refund()
    {
        var payment = await ArrangePaymentAsync(PaymentStatus.Succeeded);

        using var response = await service.Host.PostAsync(
            "mutation($id: ID!) { refundPayment(paymentId: $id) { errors { ... on Error { code } } } }",
            new { id = payment.Id }, service.Tokens.Create(payment.UserId, ["customer"]));

        response.ErrorCodes.Should().Contain("AUTH_NOT_AUTHORIZED");
        (await service.FindPaymentAsync(payment.OrderId))!.Status.Should().Be(PaymentStatus.Succeeded);
    }

    [Fact]
    public void The_Checked_In_Sdl_Should_Equal_The_Schema_The_Code_Serves()
    {
        CheckedInSdl.AssertCurrent(service.Host.Services, "payments", "subgraphs/Payments");
    }

    [Fact]
    public void Every_Type_And_Field_Of_Payments_Should_Be_Described()
    {
        SdlDescriptions.Undescribed(GraphQLCommandsExtensions.ExportSchema(service.Host.Services)).Should().BeEmpty();
    }

    [Fact]
    public void The_Graphql_Http_Audit_Should_Pass_Against_Payments()
    {
        GraphQLHttpAudit.AssertConforms(service.Host.GraphQLEndpoint, output.WriteLine);
    }

    private async Task<Payment> ArrangePaymentAsync(PaymentStatus status, string? failureCode = null)
    {
        var now = DateTimeOffset.UtcNow;
        var payment = new Payment
        {
            Id = Guid.NewGuid(),
            OrderId = Guid.NewGuid(),
            UserId = Guid.NewGuid(),
            Amount = 20m,
            Currency = "USD",
            PaymentMethodId = "pm_card_visa",
            Status = status,
            FailureCode = failureCode,
            CreatedAt = now,
            UpdatedAt = now,
        };
        await using var db = service.CreateDb();
        db.Payments.Add(payment);
        await db.SaveChangesAsync();
        return payment;
    }
}
