using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using Graph.Payments.Infrastructure;
using Graph.Payments.Saga;
using Graph.Payments.Stripe;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Graph.Payments.Webhooks;

/// <summary>
/// <c>POST /stripe/webhook</c>: Stripe's asynchronous outcomes (<c>payment_intent.succeeded</c>,
/// <c>payment_intent.payment_failed</c>). The signature is checked on the raw body before
/// anything is parsed (400 when it fails); the outcome is applied in one transaction with its <c>payment.event</c>, and
/// only when it changes the payment, so Stripe's redeliveries are harmless. Other event types answer 200 and are ignored.
/// </summary>
public static class StripeWebhookEndpoint
{
    /// <summary>Stripe's events are a few KB; a body larger than this is refused.</summary>
    public const int MaxBodyBytes = 256 * 1024;

    public const string Path = "/stripe/webhook";

    public static IEndpointRouteBuilder MapStripeWebhook(this IEndpointRouteBuilder app)
    {
        app.MapPost(Path, HandleAsync);
        return app;
    }

    private static async Task<IResult> HandleAsync(
        HttpContext http, IOptions<StripeOptions> options, TimeProvider clock, PaymentsDb db, PaymentProcessor payments, ILoggerFactory loggers)
    {
        var logger = loggers.CreateLogger(typeof(StripeWebhookEndpoint));
        if (http.Request.ContentLength > MaxBodyBytes)
        {
            return Results.StatusCode(StatusCodes.Status413PayloadTooLarge);
        }

        var payload = await ReadBodyAsync(http.Request, http.RequestAborted).ConfigureAwait(false);
        if (payload is null)
        {
            return Results.StatusCode(StatusCodes.Status413PayloadTooLarge);
        }

        var settings = options.Value;
        var problem = StripeSignatureVerifier.Verify(payload, http.Request.Headers["Stripe-Signature"].ToString(), settings.WebhookSecret, settings.WebhookTolerance, clock.GetUtcNow());
        if (problem is not null)
        {
            logger.LogWarning("Stripe webhook refused: {Problem}", problem);
            return Results.BadRequest(new { error = "invalid signature" });
        }

        StripeEvent? stripeEvent;
        try
        {
            stripeEvent = JsonSerializer.Deserialize<StripeEvent>(payload);
        }
        catch (JsonException)
        {
            return Results.BadRequest(new { error = "the body is not a Stripe event" });
        }

        if (stripeEvent?.Type is not { } type || !type.StartsWith("payment_intent.", StringComparison.Ordinal))
        {
            return Results.Ok(new { received = true });
        }

        if (stripeEvent.Data?.Object is not { } intent || intent.Id is null || intent.Status is null)
        {
            return Results.BadRequest(new { error = "the event carries no PaymentIntent" });
        }

        var strategy = db.Database.CreateExecutionStrategy();
        await strategy.ExecuteAsync(async () =>
        {
            db.ChangeTracker.Clear();
            await using var transaction = await db.Database.BeginTransactionAsync(http.RequestAborted).ConfigureAwait(false);
            await payments.ApplyStripeOutcomeAsync(type, intent, http.RequestAborted).ConfigureAwait(false);
            await db.SaveChangesAsync(http.RequestAborted).ConfigureAwait(false);
            await transaction.CommitAsync(http.RequestAborted).ConfigureAwait(false);
        }).ConfigureAwait(false);
        return Results.Ok(new { received = true });
    }

    private static async Task<string?> ReadBodyAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[8192];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
        {
            if (buffer.Length + read > MaxBodyBytes) return null;
            buffer.Write(chunk, 0, read);
        }

        return Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }

    private sealed record StripeEvent(
        [property: JsonPropertyName("id")] string? Id,
        [property: JsonPropertyName("type")] string? Type,
        [property: JsonPropertyName("data")] StripeEventData? Data);

    private sealed record StripeEventData([property: JsonPropertyName("object")] StripePaymentIntent? Object);
}
