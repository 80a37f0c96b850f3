using System.Net;
using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using FluentAssertions;
using Graph.FakeStripe;
using Xunit;

namespace Graph.Payments.Tests;

/// <summary>The fake Stripe answers with Stripe's shapes for its test payment methods, and honours idempotency keys.</summary>
public sealed class FakeStripeTests : IAsyncLifetime
{
    private FakeStripeServer stripe = null!;
    private HttpClient http = null!;

    public async Task InitializeAsync()
    {
        stripe = await FakeStripeServer.StartAsync();
        http = new HttpClient { BaseAddress = stripe.BaseAddress };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", "sk_test_fake_tests");
    }

    public async Task DisposeAsync()
    {
        http.Dispose();
        await stripe.DisposeAsync();
    }

    [Fact]
    public async Task A_Confirmed_Off_Session_Charge_On_Pm_Card_Visa_Should_Succeed_As_A_Payment_Intent()
    {
        var (status, body) = await PostAsync("v1/payment_intents", Charge("pm_card_visa"), key: null);

        status.Should().Be(HttpStatusCode.OK);
        body["object"]!.GetValue<string>().Should().Be("payment_intent");
        body["id"]!.GetValue<string>().Should().StartWith("pi_");
        body["status"]!.GetValue<string>().Should().Be("succeeded");
        body["amount"]!.GetValue<long>().Should().Be(1999);
        body["currency"]!.GetValue<string>().Should().Be("usd");
        body["metadata"]!["order_id"]!.GetValue<string>().Should().Be("order-1");
        body["last_payment_error"].Should().BeNull();
    }

    [Fact]
    public async Task A_Charge_On_Pm_Card_Charge_Declined_Should_Be_A_402_Card_Declined_Error_With_The_Intent()
    {
        var (status, body) = await PostAsync("v1/payment_intents", Charge("pm_card_chargeDeclined"), key: null);

        status.Should().Be(HttpStatusCode.PaymentRequired);
        var error = body["error"]!;
        error["type"]!.GetValue<string>().Should().Be("card_error");
        error["code"]!.GetValue<string>().Should().Be("card_declined");
        error["decline_code"]!.GetValue<string>().Should().Be("generic_decline");
        error["payment_intent"]!["status"]!.GetValue<string>().Should().Be("requires_payment_method");
        error["payment_intent"]!["last_payment_error"]!["code"]!.GetValue<string>().Should().Be("card_declined");
    }

    [Fact]
    public async Task An_Off_Session_Charge_Needing_Authentication_Should_Be_A_402_Authentication_Required_Error()
    {
        var (status, body) = await PostAsync("v1/payment_intents", Charge("pm_card_authenticationRequired"), key: null);

        status.Should().Be(HttpStatusCode.PaymentRequired);
        body["error"]!["code"]!.GetValue<string>().Should().Be("authentication_required");
        body["error"]!["payment_intent"]!["status"]!.GetValue<string>().Should().Be("requires_payment_method");
    }

    [Fact]
    public async Task An_On_Session_Charge_Needing_Authentication_Should_Require_Action()
    {
        var form = Charge("pm_card_authenticationRequired").Where(f => f.Key != "off_session").ToList();

        var (status, body) = await PostAsync("v1/payment_intents", form, key: null);

        status.Should().Be(HttpStatusCode.OK);
        body["status"]!.GetValue<string>().Should().Be("requires_action");
        body["next_action"]!["type"]!.GetValue<string>().Should().Be("use_stripe_sdk");
    }

    [Fact]
    public async Task The_Same_Idempotency_Key_Should_Return_The_Same_Intent_And_Create_One()
    {
        var key = "order-" + Guid.NewGuid();

        var (_, first) = await PostAsync("v1/payment_intents", Charge("pm_card_visa"), key);
        var (status, second) = await PostAsync("v1/payment_intents", Charge("pm_card_visa"), key);

        status.Should().Be(HttpStatusCode.OK);
        second["id"]!.GetValue<string>().Should().Be(first["id"]!.GetValue<string>());
        stripe.Store.PaymentIntentsCreated.Should().Be(1);
        stripe.Store.RequestCount("POST", "/v1/payment_intents").Should().Be(2);
    }

    [Fact]
    public async Task The_Same_Idempotency_Key_With_Other_Parameters_Should_Be_An_Idempotency_Error()
    {
        var key = "order-" + Guid.NewGuid();
        await PostAsync("v1/payment_intents", Charge("pm_card_visa"), key);

        var (status, body) = await PostAsync("v1/payment_intents", Charge("pm_card_mastercard"), key);

        status.Should().Be(HttpStatusCode.BadRequest);
        body["error"]!["type"]!.GetValue<string>().Should().Be("idempotency_error");
    }

    [Fact]
    public async Task A_Request_Without_A_Test_Secret_Key_Should_Be_Refused_With_401()
    {
        using var anonymous = new HttpClient { BaseAddress = stripe.BaseAddress };
        using var response = await anonymous.PostAsync("v1/customers", new FormUrlEncodedContent([new("email", "a@example.com")]));

        response.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        (await response.Content.ReadAsStringAsync()).Should().Contain("invalid_request_error");
    }

    [Fact]
    public async Task A_Refund_Should_Succeed_Once_And_Then_Be_Charge_Already_Refunded()
    {
        var (_, intent) = await PostAsync("v1/payment_intents", Charge("pm_card_visa"), key: null);
        var refundForm = new List<KeyValuePair<string, string>> { new("payment_intent", intent["id"]!.GetValue<string>()) };

        var (status, refund) = await PostAsync("v1/refunds", refundForm, key: null);
        var (againStatus, again) = await PostAsync("v1/refunds", refundForm, key: null);

        status.Should().Be(HttpStatusCode.OK);
        refund["object"]!.GetValue<string>().Should().Be("refund");
        refund["amount"]!.GetValue<long>().Should().Be(1999);
        refund["status"]!.GetValue<string>().Should().Be("succeeded");
        againStatus.Should().Be(HttpStatusCode.BadRequest);
        again["error"]!["code"]!.GetValue<string>().Should().Be("charge_already_refunded");
    }

    [Fact]
    public async Task An_Unknown_Payment_Method_Should_Be_Resource_Missing()
    {
        var (status, body) = await PostAsync("v1/payment_intents", Charge("pm_does_not_exist"), key: null);

        status.Should().Be(HttpStatusCode.BadRequest);
        body["error"]!["code"]!.GetValue<string>().Should().Be("resource_missing");
        body["error"]!["param"]!.GetValue<string>().Should().Be("payment_method");
    }

    [Fact]
    public async Task A_Payment_Method_Attached_To_Another_Customer_Should_Be_A_400_Invalid_Request_Error_Without_An_Intent()
    {
        var (owner, method) = await stripe.SaveCardForNewCustomerAsync("pm_card_visa", "owner@example.com");
        var (_, other) = await PostAsync("v1/customers", [new("email", "other@example.com")], key: null);
        var before = stripe.Store.PaymentIntentsCreated;

        var (ownStatus, own) = await PostAsync("v1/payment_intents", [.. Charge(method), new("customer", owner)], key: null);
        var (status, body) = await PostAsync("v1/payment_intents", [.. Charge(method), new("customer", other["id"]!.GetValue<string>())], key: null);
        var (anonymousStatus, _) = await PostAsync("v1/payment_intents", Charge(method), key: null);

        method.Should().StartWith("pm_").And.NotBe("pm_card_visa");
        ownStatus.Should().Be(HttpStatusCode.OK);
        own["status"]!.GetValue<string>().Should().Be("succeeded");
        status.Should().Be(HttpStatusCode.BadRequest);
        body["error"]!["type"]!.GetValue<string>().Should().Be("invalid_request_error");
        body["error"]!["param"]!.GetValue<string>().Should().Be("payment_method");
        body["error"]!["message"]!.GetValue<string>().Should().Contain("does not belong to the Customer");
        anonymousStatus.Should().Be(HttpStatusCode.BadRequest);
        stripe.Store.PaymentIntentsCreated.Should().Be(before + 1, "only the owner's charge created a PaymentIntent");
    }

    [Fact]
    public async Task Attaching_A_Payment_Method_Already_Attached_To_Another_Customer_Should_Be_Refused()
    {
        var (_, method) = await stripe.SaveCardForNewCustomerAsync("pm_card_mastercard", "first@example.com");
        var (_, other) = await PostAsync("v1/customers", [new("email", "second@example.com")], key: null);

        var (status, body) = await PostAsync($"v1/payment_methods/{method}/attach", [new("customer", other["id"]!.GetValue<string>())], key: null);

        status.Should().Be(HttpStatusCode.BadRequest);
        body["error"]!["type"]!.GetValue<string>().Should().Be("invalid_request_error");
        body["error"]!["message"]!.GetValue<string>().Should().Contain("already been attached");
    }

    private static List<KeyValuePair<string, string>> Charge(string paymentMethod) =>
    [
        new("amount", "1999"),
        new("currency", "usd"),
        new("payment_method", paymentMethod),
        new("confirm", "true"),
        new("off_session", "true"),
        new("metadata[order_id]", "order-1"),
    ];

    [Fact]
    public async Task A_Deleted_Customer_Should_Read_As_Deleted_And_A_Second_Deletion_Should_Be_A_404()
    {
        var (_, created) = await PostAsync("v1/customers", [new("email", "leaving@example.com")], key: null);
        var id = created["id"]!.GetValue<string>();

        var (deletedStatus, deleted) = await SendAsync(HttpMethod.Delete, $"v1/customers/{id}");
        var (readStatus, read) = await SendAsync(HttpMethod.Get, $"v1/customers/{id}");
        var (againStatus, again) = await SendAsync(HttpMethod.Delete, $"v1/customers/{id}");
        var (unknownStatus, _) = await SendAsync(HttpMethod.Get, "v1/customers/cus_unknown");

        deletedStatus.Should().Be(HttpStatusCode.OK);
        deleted["deleted"]!.GetValue<bool>().Should().BeTrue();
        deleted["id"]!.GetValue<string>().Should().Be(id);
        readStatus.Should().Be(HttpStatusCode.OK);
        read["deleted"]!.GetValue<bool>().Should().BeTrue();
        read["email"].Should().BeNull("a deleted customer keeps none of its data");
        againStatus.Should().Be(HttpStatusCode.NotFound);
        again["error"]!["code"]!.GetValue<string>().Should().Be("resource_missing");
        unknownStatus.Should().Be(HttpStatusCode.NotFound);
    }

    private async Task<(HttpStatusCode Status, JsonNode Body)> SendAsync(HttpMethod method, string path)
    {
        using var response = await http.SendAsync(new HttpRequestMessage(method, path));
        return (response.StatusCode, JsonNode.Parse(await response.Content.ReadAsStringAsync())!);
    }

    private async Task<(HttpStatusCode Status, JsonNode Body)> PostAsync(string path, IEnumerable<KeyValuePair<string, string>> form, string? key)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = new FormUrlEncodedContent(form) };
        if (key is not null) request.Headers.Add("Idempotency-Key", key);
        using var response = await http.SendAsync(request);
        return (response.StatusCode, JsonNode.Parse(await response.Content.ReadAsStringAsync())!);
    }
}
