using System.Security.Claims;
using System.Text.Json;
using Graph.Execution;

namespace Graph.AspNetCore.Subscriptions;

/// <summary>Turns the request parameters both subscription transports receive into an executor request.</summary>
internal static class OperationRequestFactory
{
    public static OperationRequest Create(GraphQLRequest request, ClaimsPrincipal? user, IServiceProvider? services) => new()
    {
        Document = request.Query,
        DocumentId = request.DocumentId,
        DocumentHash = request.PersistedQueryHash,
        OperationName = request.OperationName,
        Variables = request.Variables,
        Extensions = request.Extensions is { ValueKind: JsonValueKind.Object } extensions ? ToDictionary(extensions) : null,
        User = user,
        Services = services,
    };

    private static Dictionary<string, object?> ToDictionary(JsonElement json)
    {
        var map = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var property in json.EnumerateObject())
        {
            map[property.Name] = ToClr(property.Value);
        }

        return map;
    }

    private static object? ToClr(JsonElement json) => json.ValueKind switch
    {
        JsonValueKind.Object => ToDictionary(json),
        JsonValueKind.Array => json.EnumerateArray().Select(ToClr).ToList(),
        JsonValueKind.String => json.GetString(),
        JsonValueKind.Number => json.TryGetInt64(out var integer) ? integer : json.GetDouble(),
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        _ => null,
    };
}
