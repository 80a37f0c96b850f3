using System.Text.Json.Serialization;

namespace Graph.Client.Tests.Runtime;

/// <summary>Operations and result records shaped as the generator writes them, for the runtime server's schema.</summary>
internal static class TestOperations
{
    public static readonly GraphQLOperation Hello = new("Hello", GraphQLOperationKind.Query, "query Hello($name: String) { hello(name: $name) }");

    public static readonly GraphQLOperation Slow = new("Slow", GraphQLOperationKind.Query, "query Slow { slow }");

    public static readonly GraphQLOperation Forbidden = new("Forbidden", GraphQLOperationKind.Query, "query Forbidden { hello forbidden }");

    public static readonly GraphQLOperation Unknown = new("Unknown", GraphQLOperationKind.Query, "query Unknown { goodbye }");

    public static readonly GraphQLOperation Increment = new("Increment", GraphQLOperationKind.Mutation, "mutation Increment { increment }");

    public static readonly GraphQLOperation Countdown = new("Countdown", GraphQLOperationKind.Subscription,
        "subscription Countdown($from: Int!) { countdown(from: $from) }");

    public static Dictionary<string, object?> Variables(params (string Name, object? Value)[] values) =>
        values.ToDictionary(v => v.Name, v => v.Value, StringComparer.Ordinal);
}

internal sealed record HelloResult
{
    [JsonPropertyName("hello")]
    public required string Hello { get; init; }
}

internal sealed record SlowResult
{
    [JsonPropertyName("slow")]
    public required string? Slow { get; init; }
}

internal sealed record ForbiddenResult
{
    [JsonPropertyName("hello")]
    public required string Hello { get; init; }

    [JsonPropertyName("forbidden")]
    public required string? Forbidden { get; init; }
}

internal sealed record IncrementResult
{
    [JsonPropertyName("increment")]
    public required int Increment { get; init; }
}

internal sealed record CountdownResult
{
    [JsonPropertyName("countdown")]
    public required int Countdown { get; init; }
}
