using System.Text.Json;
using Graph.AspNetCore.Subscriptions;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Graph.ServiceDefaults.Auth;

/// <summary>
/// Browsers cannot set headers on a WebSocket, so graphql-transport-ws clients send the token in the
/// <c>connection_init</c> payload: <c>{"Authorization": "Bearer &lt;token&gt;"}</c> (also <c>authorization</c>).
/// A valid token sets the connection's user; an invalid one closes the socket with 4403 and the reason; no token
/// keeps the upgrade request's user (anonymous, or its own <c>Authorization</c> header's).
/// </summary>
public sealed class BearerWebSocketConnectionInterceptor(AccessTokenValidator validator, ILogger<BearerWebSocketConnectionInterceptor> logger)
    : IWebSocketConnectionInterceptor
{
    private const string Prefix = "Bearer ";

    public async ValueTask<ConnectionInitResult> OnConnectAsync(HttpContext context, JsonElement? payload, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (payload is not { ValueKind: JsonValueKind.Object } init
            || !(init.TryGetProperty("Authorization", out var header) || init.TryGetProperty("authorization", out header)))
        {
            return ConnectionInitResult.Accept(context.User);
        }

        var text = header.ValueKind == JsonValueKind.String ? header.GetString() ?? string.Empty : string.Empty;
        if (!text.StartsWith(Prefix, StringComparison.OrdinalIgnoreCase))
        {
            return ConnectionInitResult.Reject($"{BearerAuthenticationDefaults.InvalidTokenCode}: expected \"Bearer <token>\".");
        }

        var result = await validator.ValidateAsync(text[Prefix.Length..].Trim(), cancellationToken).ConfigureAwait(false);
        if (result.Principal is { } principal)
        {
            return ConnectionInitResult.Accept(principal);
        }

        logger.LogInformation("Rejected the access token of a WebSocket connection: {Reason}", result.Error);
        return ConnectionInitResult.Reject($"{BearerAuthenticationDefaults.InvalidTokenCode}: {result.Error}");
    }
}
