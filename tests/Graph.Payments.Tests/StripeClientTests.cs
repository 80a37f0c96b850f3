using FluentAssertions;
using Graph.FakeStripe;
using Graph.Payments.Stripe;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Xunit;

namespace Graph.Payments.Tests;

/// <summary>The typed Stripe client: Stripe's errors mapped, transient failures retried with the same key, others not.</summary>
public sealed class StripeClientTests
{
    [Fact]
    public async Task A_Declined_Charge_Should_Throw_A_Card_Error_With_Stripes_Code_And_The_Intent()
    {
        await using var stripe = await FakeStripeServer.StartAsync();
        var client = Client(stripe.BaseAddress.ToString(), "sk_test_client_tests");
        var customer = await client.CreateCustomerAsync(Guid.NewGuid(), "buyer@example.com", "customer-1", CancellationToken.None);

        var act = () => client.ChargeOffSessionAsync(new ChargeRequest(Guid.NewGuid(), 1000, "USD", customer.Id, "pm_card_chargeDeclined"), CancellationToken.None);

        var error = (await act.Should().ThrowAsync<StripeApiException>()).Which;
        error.IsCardError.Should().BeTrue();
        error.Error.Code.Should().Be("card_declined");
        error.Error.PaymentIntent!.Status.Should().Be("requires_payment_method");
    }

    [Fact]
    public async Task A_Deleted_Customer_Should_Be_Gone_At_Stripe_And_A_Second_Deletion_Should_Report_It_Gone()
    {
        await using var stripe = await FakeStripeServer.StartAsync();
        var client = Client(stripe.BaseAddress.ToString(), "sk_test_client_tests");
        var customer = await client.CreateCustomerAsync(Guid.NewGuid(), "leaving@example.com", "customer-deleted", CancellationToken.None);

        var deleted = await client.DeleteCustomerAsync(customer.Id, CancellationToken.None);
        var again = await client.DeleteCustomerAsync(customer.Id, CancellationToken.None);

        deleted.Should().BeTrue();
        again.Should().BeFalse("Stripe answers 404 for a customer it no longer has; a retried erasure carries on");
        stripe.Store.IsCustomerDeleted(customer.Id).Should().BeTrue();
        var charge = () => client.ChargeOffSessionAsync(new ChargeRequest(Guid.NewGuid(), 1000, "USD", customer.Id, "pm_card_visa"), CancellationToken.None);
        (await charge.Should().ThrowAsync<StripeApiException>()).Which.Error.Code.Should().Be("resource_missing");
    }

    [Fact]
    public async Task A_Wrong_Key_Should_Fail_At_Once_Without_Retrying()
    {
        await using var stripe = await FakeStripeServer.StartAsync();
        var client = Client(stripe.BaseAddress.ToString(), "sk_live_not_accepted");

        var act = () => client.RefundAsync("pi_x", "refund-x", CancellationToken.None);

        (await act.Should().ThrowAsync<StripeApiException>()).Which.StatusCode.Should().Be(401);
        stripe.Store.RequestCount("POST", "/v1/refunds").Should().Be(1);
    }

    [Fact]
    public async Task A_503_Should_Be_Retried_With_The_Same_Idempotency_Key()
    {
        var keys = new List<string>();
        await using var flaky = WebApplication.CreateBuilder().Build();
        flaky.Urls.Add("http://127.0.0.1:0");
        flaky.MapPost("/v1/refunds", (HttpContext http) =>
        {
            lock (keys) keys.Add(http.Request.Headers["Idempotency-Key"].ToString());
            return keys.Count == 1
                ? Results.Text("""{"error":{"type":"api_error","message":"try again"}}""", "application/json", statusCode: 503)
                : Results.Text("""{"id":"re_1","object":"refund","status":"succeeded","amount":1000}""", "application/json");
        });
        await flaky.StartAsync();
        var address = flaky.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();

        var refund = await Client(address, "sk_test_client_tests").RefundAsync("pi_1", "refund-order-1", CancellationToken.None);

        refund.Id.Should().Be("re_1");
        keys.Should().Equal("refund-order-1", "refund-order-1");
    }

    private static StripeClient Client(string apiBase, string key) =>
        new(new HttpClient(), Options.Create(new StripeOptions { ApiBase = apiBase, ApiKey = key, MaxRetries = 2 }));
}
