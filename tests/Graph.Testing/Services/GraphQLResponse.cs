using System.Net;
using System.Text.Json;

namespace Graph.Testing.Services;

/// <summary>An HTTP GraphQL response: status, the parsed body, and shortcuts to <c>data</c> and <c>errors</c>.</summary>
public sealed class GraphQLResponse(HttpStatusCode statusCode, string contentType, string body) : IDisposable
{
    private readonly JsonDocument? _document = TryParse(body);

    public HttpStatusCode StatusCode { get; } = statusCode;

    public string ContentType { get; } = contentType;

    /// <summary>The raw body, for failure messages.</summary>
    public string Body { get; } = body;

    /// <summary>The whole JSON body; throws when the body is not JSON.</summary>
    public JsonElement Json => _document?.RootElement ?? throw new InvalidOperationException($"The response is not JSON: {Body}");

    /// <summary><c>data</c>, or an undefined element when absent.</summary>
    public JsonElement Data => Json.TryGetProperty("data", out var data) ? data : default;

    /// <summary>The <c>errors</c> list (empty when none).</summary>
    public IReadOnlyList<JsonElement> Errors =>
        Json.TryGetProperty("errors", out var errors) && errors.ValueKind == JsonValueKind.Array ? [.. errors.EnumerateArray()] : [];

    /// <summary>The <c>extensions.code</c> of each error, in order (null for an error without one).</summary>
    public IReadOnlyList<string?> ErrorCodes =>
        [.. Errors.Select(e => e.TryGetProperty("extensions", out var x) && x.TryGetProperty("code", out var c) ? c.GetString() : null)];

    /// <summary>Walks <c>data</c> along property names: <c>response.Get("me", "email").GetString()</c>.</summary>
    public JsonElement Get(params string[] path)
    {
        var current = Data;
        foreach (var name in path)
        {
            if (current.ValueKind != JsonValueKind.Object || !current.TryGetProperty(name, out current))
            {
                throw new KeyNotFoundException($"data.{string.Join('.', path)} is not in the response: {Body}");
            }
        }

        return current;
    }

    public override string ToString() => $"{(int)StatusCode} {Body}";

    public void Dispose() => _document?.Dispose();

    private static JsonDocument? TryParse(string body)
    {
        try
        {
            return JsonDocument.Parse(body);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
