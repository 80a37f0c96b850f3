using System.Text.Json;

namespace Graph.Client;

/// <summary>
/// The response to one operation (GraphQL spec section 7.1): <see cref="Data"/> as the generated record, and the
/// <see cref="Errors"/>. Data and errors can both be present (a partial result).
/// </summary>
public sealed class GraphQLResult<TData>
    where TData : class
{
    public GraphQLResult(TData? data, IReadOnlyList<GraphQLClientError> errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        Data = data;
        Errors = errors;
    }

    /// <summary>The data, or null when the request failed before or during execution of a non-null root field.</summary>
    public TData? Data { get; }

    public IReadOnlyList<GraphQLClientError> Errors { get; }

    public bool HasErrors => Errors.Count > 0;

    /// <summary>The data when there are no errors; otherwise throws <see cref="GraphQLResponseException"/> carrying them.</summary>
    public TData EnsureData() =>
        Errors.Count == 0 && Data is not null ? Data : throw new GraphQLResponseException(Errors);
}

/// <summary>One entry of a response's <c>errors</c> (GraphQL spec section 7.1.2).</summary>
public sealed record GraphQLClientError(string Message, string? Code, IReadOnlyList<object> Path, JsonElement? Extensions)
{
    public override string ToString() => Code is null ? Message : $"{Code}: {Message}";

    internal static GraphQLClientError From(JsonElement error)
    {
        var message = error.TryGetProperty("message", out var m) && m.ValueKind == JsonValueKind.String ? m.GetString()! : "(no message)";
        JsonElement? extensions = error.TryGetProperty("extensions", out var e) && e.ValueKind == JsonValueKind.Object ? e.Clone() : null;
        var code = extensions is { } ext && ext.TryGetProperty("code", out var c) && c.ValueKind == JsonValueKind.String ? c.GetString() : null;
        var path = new List<object>();
        if (error.TryGetProperty("path", out var p) && p.ValueKind == JsonValueKind.Array)
        {
            foreach (var segment in p.EnumerateArray())
            {
                path.Add(segment.ValueKind == JsonValueKind.Number ? segment.GetInt32() : segment.ToString());
            }
        }

        return new GraphQLClientError(message, code, path, extensions);
    }
}
