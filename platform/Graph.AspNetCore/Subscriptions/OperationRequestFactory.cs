using System.Security.Claims;
using System.Text.Json;
using Graph.AspNetCore.Http;
using Graph.Execution;

namespace Graph.AspNetCore.Subscriptions;

/// <summary>Runs the request parameters both subscription transports receive.</summary>
internal static class OperationRequestFactory
{
    /// <summary>
    /// Resolves the document by the persisted-operation rules GraphQL over HTTP applies too (<c>documentId</c>,
    /// automatic persisted queries, the trusted-documents allowlist), so no transport can bypass them, then executes
    /// it. A rejected document is a request error.
    /// </summary>
    public static async Task<IExecutionResult> ExecuteAsync(
        IRequestExecutor executor,
        PersistedOperationResolver persisted,
        GraphQLRequest request,
        ClaimsPrincipal? user,
        IServiceProvider? services,
        CancellationToken cancellationToken)
    {
        var document = await persisted.ResolveAsync(request, cancellationToken).ConfigureAwait(false);
        if (document.Error is { } rejected)
        {
            return OperationResult.FromErrors([rejected]);
        }

        return await executor.ExecuteAsync(Create(request, document, user, services), cancellationToken).ConfigureAwait(false);
    }

    private static OperationRequest Create(GraphQLRequest request, ResolvedDocument document, ClaimsPrincipal? user, IServiceProvider? services) => new()
    {
        Document = document.Text,
        DocumentHash = document.Hash,
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
