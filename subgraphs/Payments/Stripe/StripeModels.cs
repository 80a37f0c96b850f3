using System.Text.Json.Serialization;

namespace Graph.Payments.Stripe;

/// <summary>The fields of Stripe's PaymentIntent object that Payments reads.</summary>
public sealed record StripePaymentIntent(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("status")] string Status,
    [property: JsonPropertyName("amount")] long Amount,
    [property: JsonPropertyName("currency")] string Currency,
    [property: JsonPropertyName("last_payment_error")] StripeErrorBody? LastPaymentError,
    [property: JsonPropertyName("metadata")] Dictionary<string, string>? Metadata);

/// <summary>The fields of Stripe's Customer object that Payments reads.</summary>
public sealed record StripeCustomerObject([property: JsonPropertyName("id")] string Id);

/// <summary>Stripe's answer to a deletion: the object's id and <c>deleted: true</c>.</summary>
public sealed record StripeDeletedObject([property: JsonPropertyName("id")] string Id, [property: JsonPropertyName("deleted")] bool Deleted);

/// <summary>The fields of Stripe's Refund object that Payments reads.</summary>
public sealed record StripeRefund(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("status")] string Status,
    [property: JsonPropertyName("amount")] long Amount);

/// <summary>Stripe's error object (the <c>error</c> member of an error response, or <c>last_payment_error</c>).</summary>
public sealed record StripeErrorBody(
    [property: JsonPropertyName("type")] string? Type,
    [property: JsonPropertyName("code")] string? Code,
    [property: JsonPropertyName("decline_code")] string? DeclineCode,
    [property: JsonPropertyName("message")] string? Message,
    [property: JsonPropertyName("payment_intent")] StripePaymentIntent? PaymentIntent,
    [property: JsonPropertyName("param")] string? Param = null);

internal sealed record StripeErrorEnvelope([property: JsonPropertyName("error")] StripeErrorBody? Error);

/// <summary>
/// A request Stripe refused (4xx other than 429). <see cref="IsCardError"/> means the card was charged and failed
/// (HTTP 402, type <c>card_error</c>): a final outcome, not a fault of this service.
/// </summary>
public sealed class StripeApiException(int statusCode, StripeErrorBody error)
    : Exception($"Stripe refused the request ({statusCode}, {error.Type}/{error.Code}): {error.Message}")
{
    public int StatusCode { get; } = statusCode;

    public StripeErrorBody Error { get; } = error;

    public bool IsCardError => Error.Type == "card_error";
}
