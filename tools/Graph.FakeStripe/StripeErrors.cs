using System.Text.Json.Nodes;

namespace Graph.FakeStripe;

/// <summary>Stripe's error object (<c>{"error": {"type", "code", "message", ...}}</c>) with its HTTP status.</summary>
internal sealed record StripeError(int StatusCode, string Type, string? Code, string Message, string? Param = null, string? DeclineCode = null)
{
    public JsonObject? PaymentIntent { get; init; }

    public JsonObject ToJson()
    {
        var error = new JsonObject { ["type"] = Type, ["message"] = Message };
        if (Code is not null) error["code"] = Code;
        if (DeclineCode is not null) error["decline_code"] = DeclineCode;
        if (Param is not null) error["param"] = Param;
        if (PaymentIntent is not null) error["payment_intent"] = PaymentIntent.DeepClone();
        return new JsonObject { ["error"] = error };
    }

    public static StripeError Missing(string param) =>
        new(400, "invalid_request_error", "parameter_missing", $"Missing required param: {param}.", param);

    public static StripeError Invalid(string param, string message) =>
        new(400, "invalid_request_error", "parameter_invalid", message, param);

    public static StripeError NoSuch(string what, string id, string param) =>
        new(400, "invalid_request_error", "resource_missing", $"No such {what}: '{id}'", param);
}

/// <summary>Thrown by <see cref="FakeStripeStore"/> for a request Stripe would refuse.</summary>
internal sealed class StripeErrorException(StripeError error) : Exception(error.Message)
{
    public StripeError Error { get; } = error;
}
