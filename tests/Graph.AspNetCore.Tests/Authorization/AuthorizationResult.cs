using System.Text.Json;

namespace Graph.AspNetCore.Tests.Authorization;

/// <summary>A GraphQL response reduced to what authorization tests compare: the data as JSON and each error as "path code".</summary>
public sealed record AuthorizationResult(string Data, IReadOnlyList<string> Errors)
{
    public static AuthorizationResult Parse(string json)
    {
        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;
        var data = root.TryGetProperty("data", out var d) ? d.GetRawText() : "absent";
        var errors = root.TryGetProperty("errors", out var e)
            ? e.EnumerateArray().Select(Describe).ToList()
            : [];
        return new AuthorizationResult(data, errors);
    }

    private static string Describe(JsonElement error)
    {
        var path = error.TryGetProperty("path", out var p) ? string.Join('.', p.EnumerateArray().Select(s => s.ToString())) : "-";
        var code = error.TryGetProperty("extensions", out var x) && x.TryGetProperty("code", out var c) ? c.GetString() : "no code";
        return $"{path} {code}";
    }
}
