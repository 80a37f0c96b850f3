using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Microsoft.Extensions.Options;
using Polly;
using Polly.Retry;
using Polly.Timeout;

namespace Graph.Payments.Stripe;

/// <summary>
/// A small typed client of the Stripe endpoints Payments uses (Stripe.net is not installable): form-encoded requests,
/// <c>Authorization: Bearer</c>, an <c>Idempotency-Key</c> on every POST so retries (Polly, transient failures only:
/// network errors, timeouts, 429, 5xx) and redelivered events never charge twice. Refusals throw
/// <see cref="StripeApiException"/> with Stripe's error object.
/// </summary>
public sealed class StripeClient
{
    private readonly HttpClient http;
    private readonly ResiliencePipeline<HttpResponseMessage> pipeline;

    public StripeClient(HttpClient http, IOptions<StripeOptions> options)
    {
        this.http = http;
        var settings = options.Value;
        http.BaseAddress = new Uri(settings.ApiBase.TrimEnd('/') + "/");
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", settings.ApiKey);
        http.Timeout = Timeout.InfiniteTimeSpan; // the pipeline's per-attempt timeout rules
        pipeline = new ResiliencePipelineBuilder<HttpResponseMessage>()
            .AddRetry(new RetryStrategyOptions<HttpResponseMessage>
            {
                MaxRetryAttempts = Math.Max(0, settings.MaxRetries),
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = TimeSpan.FromMilliseconds(250),
                ShouldHandle = new PredicateBuilder<HttpResponseMessage>()
                    .Handle<HttpRequestException>()
                    .Handle<TimeoutRejectedException>()
                    .HandleResult(IsTransient),
            })
            .AddTimeout(settings.RequestTimeout)
            .Build();
    }

    /// <summary>Creates a customer for a user; the key makes a retried creation return the same customer.</summary>
    public Task<StripeCustomerObject> CreateCustomerAsync(Guid userId, string? email, string idempotencyKey, CancellationToken cancellationToken)
    {
        var form = new List<KeyValuePair<string, string>> { new("metadata[user_id]", userId.ToString()) };
        if (!string.IsNullOrEmpty(email)) form.Add(new("email", email));
        return PostAsync<StripeCustomerObject>("v1/customers", form, idempotencyKey, cancellationToken);
    }

    /// <summary>
    /// Deletes a customer at Stripe (<c>DELETE /v1/customers/{id}</c>), which also makes its saved payment methods
    /// unusable. False when Stripe no longer knows it (a 404: already deleted, e.g. by an earlier delivery of the same
    /// erasure), so a retried deletion is not an error.
    /// </summary>
    public async Task<bool> DeleteCustomerAsync(string customerId, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(customerId);
        using var response = await pipeline.ExecuteAsync(
            async ct => await http.DeleteAsync($"v1/customers/{Uri.EscapeDataString(customerId)}", ct).ConfigureAwait(false),
            cancellationToken).ConfigureAwait(false);
        if (response.StatusCode == HttpStatusCode.NotFound)
        {
            return false;
        }

        await ReadAsync<StripeDeletedObject>(response, cancellationToken).ConfigureAwait(false);
        return true;
    }

    /// <summary>
    /// Creates and confirms an off-session PaymentIntent for a saved payment method (<c>confirm=true</c>,
    /// <c>off_session=true</c>). A declined card is a <see cref="StripeApiException"/> with
    /// <see cref="StripeApiException.IsCardError"/>.
    /// </summary>
    public Task<StripePaymentIntent> ChargeOffSessionAsync(ChargeRequest charge, CancellationToken cancellationToken) =>
        PostAsync<StripePaymentIntent>("v1/payment_intents",
        [
            new("amount", charge.AmountInMinorUnits.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            new("currency", charge.Currency.ToLowerInvariant()),
            new("customer", charge.CustomerId),
            new("payment_method", charge.PaymentMethodId),
            new("confirm", "true"),
            new("off_session", "true"),
            new("metadata[order_id]", charge.OrderId.ToString()),
        ], charge.IdempotencyKey, cancellationToken);

    /// <summary>Reads a PaymentIntent.</summary>
    public async Task<StripePaymentIntent> GetPaymentIntentAsync(string id, CancellationToken cancellationToken)
    {
        using var response = await pipeline.ExecuteAsync(
            async ct => await http.GetAsync($"v1/payment_intents/{Uri.EscapeDataString(id)}", ct).ConfigureAwait(false),
            cancellationToken).ConfigureAwait(false);
        return await ReadAsync<StripePaymentIntent>(response, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Refunds the whole charge of a PaymentIntent.</summary>
    public Task<StripeRefund> RefundAsync(string paymentIntentId, string idempotencyKey, CancellationToken cancellationToken) =>
        PostAsync<StripeRefund>("v1/refunds", [new("payment_intent", paymentIntentId)], idempotencyKey, cancellationToken);

    private async Task<T> PostAsync<T>(string path, IReadOnlyList<KeyValuePair<string, string>> form, string idempotencyKey, CancellationToken cancellationToken)
    {
        using var response = await pipeline.ExecuteAsync(async ct =>
        {
            // A new request per attempt (a request message is single-use); the same key on every attempt.
            using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = new FormUrlEncodedContent(form) };
            request.Headers.Add("Idempotency-Key", idempotencyKey);
            return await http.SendAsync(request, ct).ConfigureAwait(false);
        }, cancellationToken).ConfigureAwait(false);
        return await ReadAsync<T>(response, cancellationToken).ConfigureAwait(false);
    }

    private static async Task<T> ReadAsync<T>(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        if (response.IsSuccessStatusCode)
        {
            return await response.Content.ReadFromJsonAsync<T>(cancellationToken).ConfigureAwait(false)
                   ?? throw new HttpRequestException($"Stripe answered {(int)response.StatusCode} with an empty body.");
        }

        StripeErrorBody? error = null;
        try
        {
            error = (await response.Content.ReadFromJsonAsync<StripeErrorEnvelope>(cancellationToken).ConfigureAwait(false))?.Error;
        }
        catch (System.Text.Json.JsonException)
        {
            // not Stripe's error shape: reported below with the status only
        }

        if (IsTransient(response))
        {
            // retries exhausted: a fault to retry later (the consumer retries the message), not an outcome
            throw new HttpRequestException($"Stripe is unavailable ({(int)response.StatusCode}): {error?.Message}", null, response.StatusCode);
        }

        throw new StripeApiException((int)response.StatusCode, error ?? new StripeErrorBody("api_error", null, null, $"HTTP {(int)response.StatusCode}", null));
    }

    /// <summary>Stripe's advice: retry network errors, 409 lock conflicts, 429 and 5xx; never other 4xx.</summary>
    private static bool IsTransient(HttpResponseMessage response) =>
        response.StatusCode is HttpStatusCode.TooManyRequests or HttpStatusCode.Conflict || (int)response.StatusCode >= 500;
}

/// <summary>One off-session charge: the amount in the currency's smallest unit and the idempotency key <c>order-&lt;orderId&gt;</c>.</summary>
public sealed record ChargeRequest(Guid OrderId, long AmountInMinorUnits, string Currency, string CustomerId, string PaymentMethodId)
{
    public string IdempotencyKey => $"order-{OrderId}";
}
