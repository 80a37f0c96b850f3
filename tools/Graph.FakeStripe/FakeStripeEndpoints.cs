using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;

namespace Graph.FakeStripe;

/// <summary>
/// The Stripe API endpoints the Payments subgraph uses: form-encoded requests, Stripe's JSON objects and error shapes,
/// <c>Authorization: Bearer sk_test_...</c>, and <c>Idempotency-Key</c> on every POST.
/// </summary>
public static class FakeStripeEndpoints
{
    /// <summary>Form bodies larger than this are refused (Stripe's requests are small).</summary>
    private const int MaxFormBytes = 64 * 1024;

    /// <summary>Registers the fake's services (store, idempotency cache, webhook sender) and binds <c>FakeStripe</c>.</summary>
    public static IServiceCollection AddFakeStripe(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<FakeStripeOptions>(configuration.GetSection("FakeStripe"));
        services.AddSingleton<FakeStripeStore>();
        services.AddSingleton<IdempotencyCache>();
        services.AddHttpClient(nameof(WebhookSender));
        services.AddSingleton<WebhookSender>();
        services.AddHostedService(sp => sp.GetRequiredService<WebhookSender>());
        return services;
    }

    /// <summary>Maps <c>/v1/customers</c> (POST), <c>/v1/customers/{id}</c> (GET, DELETE), <c>/v1/payment_methods/{id}/attach</c>, <c>/v1/payment_intents</c>, <c>/v1/payment_intents/{id}</c>, <c>/v1/refunds</c>.</summary>
    public static IEndpointRouteBuilder MapFakeStripe(this IEndpointRouteBuilder app)
    {
        app.MapPost("/v1/customers", (HttpContext http, FakeStripeStore store, IdempotencyCache cache) =>
            PostAsync(http, cache, store, form => (200, store.CreateCustomer(form), null)));

        app.MapGet("/v1/customers/{id}", (HttpContext http, string id, FakeStripeStore store) =>
            Read(http, store, "GET", "/v1/customers/{id}", () => store.GetCustomer(id)));

        app.MapDelete("/v1/customers/{id}", (HttpContext http, string id, FakeStripeStore store) =>
            Read(http, store, "DELETE", "/v1/customers/{id}", () => store.DeleteCustomer(id)));

        app.MapPost("/v1/payment_intents", (HttpContext http, FakeStripeStore store, IdempotencyCache cache, WebhookSender webhooks) =>
            PostAsync(http, cache, store, form =>
            {
                try
                {
                    var (intent, eventType) = store.CreatePaymentIntent(form);
                    return (200, intent, eventType is null ? null : () => webhooks.Enqueue(eventType, intent));
                }
                catch (StripeErrorException ex) when (ex.Error.PaymentIntent is { } failed)
                {
                    return (ex.Error.StatusCode, ex.Error.ToJson(), () => webhooks.Enqueue("payment_intent.payment_failed", failed));
                }
            }));

        app.MapPost("/v1/payment_methods/{id}/attach", (HttpContext http, string id, FakeStripeStore store, IdempotencyCache cache) =>
            PostAsync(http, cache, store, form => (200, store.AttachPaymentMethod(id, form), null)));

        app.MapGet("/v1/payment_intents/{id}", (HttpContext http, string id, FakeStripeStore store) =>
            Read(http, store, "GET", "/v1/payment_intents/{id}", () => store.GetPaymentIntent(id)));

        app.MapPost("/v1/refunds", (HttpContext http, FakeStripeStore store, IdempotencyCache cache) =>
            PostAsync(http, cache, store, form => (200, store.CreateRefund(form).Refund, null)));

        return app;
    }

    /// <summary>A request without a body (GET, DELETE): counted, authorized, answered with the object or Stripe's error.</summary>
    private static IResult Read(HttpContext http, FakeStripeStore store, string method, string route, Func<JsonObject> answer)
    {
        store.CountRequest(method, route);
        if (Unauthorized(http) is { } refused) return refused;
        try
        {
            return Json(200, answer());
        }
        catch (StripeErrorException ex)
        {
            return Json(ex.Error.StatusCode, ex.Error.ToJson());
        }
    }

    private static async Task<IResult> PostAsync(
        HttpContext http, IdempotencyCache cache, FakeStripeStore store,
        Func<IReadOnlyDictionary<string, string>, (int Status, JsonObject Body, Action? After)> handle)
    {
        store.CountRequest("POST", http.Request.Path.Value ?? string.Empty);
        if (Unauthorized(http) is { } refused) return refused;
        if (!http.Request.HasFormContentType)
        {
            return Json(400, StripeError.Invalid("body", "Stripe requests are application/x-www-form-urlencoded.").ToJson());
        }

        if (http.Request.ContentLength > MaxFormBytes)
        {
            return Json(400, StripeError.Invalid("body", "The request body is too large.").ToJson());
        }

        var form = (await http.Request.ReadFormAsync(http.RequestAborted).ConfigureAwait(false))
            .ToDictionary(f => f.Key, f => f.Value.ToString(), StringComparer.Ordinal);

        Action? after = null;
        (int, string) Execute()
        {
            try
            {
                var (status, body, then) = handle(form);
                after = then;
                return (status, body.ToJsonString());
            }
            catch (StripeErrorException ex)
            {
                return (ex.Error.StatusCode, ex.Error.ToJson().ToJsonString());
            }
        }

        var key = http.Request.Headers["Idempotency-Key"].ToString();
        if (string.IsNullOrEmpty(key))
        {
            var (status, body) = Execute();
            after?.Invoke();
            return Results.Text(body, "application/json", Encoding.UTF8, status);
        }

        if (key.Length > 255)
        {
            return Json(400, StripeError.Invalid("Idempotency-Key", "Idempotency keys are at most 255 characters.").ToJson());
        }

        var fingerprint = $"{http.Request.Path}?{string.Join('&', form.OrderBy(f => f.Key, StringComparer.Ordinal).Select(f => $"{f.Key}={f.Value}"))}";
        var outcome = await cache.RunAsync(key, fingerprint, Execute).ConfigureAwait(false);
        if (outcome.Replayed)
        {
            http.Response.Headers["Idempotent-Replayed"] = "true";
        }
        else
        {
            after?.Invoke();
        }

        return Results.Text(outcome.Body, "application/json", Encoding.UTF8, outcome.StatusCode);
    }

    /// <summary>Stripe answers 401 without a secret key; the fake takes any test-mode key, never a live one.</summary>
    private static IResult? Unauthorized(HttpContext http)
    {
        var header = http.Request.Headers.Authorization.ToString();
        const string prefix = "Bearer ";
        if (header.StartsWith(prefix, StringComparison.Ordinal) && header.Length > prefix.Length + "sk_test_".Length
            && header.AsSpan(prefix.Length).StartsWith("sk_test_", StringComparison.Ordinal))
        {
            return null;
        }

        http.Response.Headers.WWWAuthenticate = "Bearer realm=\"Stripe\"";
        return Json(401, new StripeError(401, "invalid_request_error", null,
            "Invalid API Key provided (the fake Stripe accepts test-mode secret keys, sk_test_...).").ToJson());
    }

    private static IResult Json(int status, JsonObject body) =>
        Results.Text(body.ToJsonString(), "application/json", Encoding.UTF8, status);
}
