using System.Text.Json;
using Graph.AspNetCore.Subscriptions;
using Graph.ServiceDefaults.Auth;
using Microsoft.AspNetCore.Http;

namespace Graph.Gateway.Forwarding;

/// <summary>
/// The ServiceDefaults WebSocket check (a token in <c>connection_init</c> is validated; invalid closes with 4403), plus
/// keeping the accepted token on the connection's <see cref="HttpContext"/> so that the subgraph requests of its
/// subscriptions carry it (<see cref="SubgraphRequestForwarder"/>).
/// </summary>
public sealed class GatewayWebSocketInterceptor(BearerWebSocketConnectionInterceptor bearer) : IWebSocketConnectionInterceptor
{
    private const string Prefix = "Bearer ";

    public async ValueTask<ConnectionInitResult> OnConnectAsync(HttpContext context, JsonElement? payload, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var result = await bearer.OnConnectAsync(context, payload, cancellationToken).ConfigureAwait(false);
        if (result.IsAccepted
            && payload is { ValueKind: JsonValueKind.Object } init
            && (init.TryGetProperty("Authorization", out var header) || init.TryGetProperty("authorization", out header))
            && header.ValueKind == JsonValueKind.String
            && header.GetString() is { } text
            && text.StartsWith(Prefix, StringComparison.OrdinalIgnoreCase))
        {
            context.Items[SubgraphRequestForwarder.AccessTokenItem] = text[Prefix.Length..].Trim();
        }

        return result;
    }
}
