using System.Security.Claims;
using System.Text.Json;
using Microsoft.AspNetCore.Http;

namespace Graph.AspNetCore.Subscriptions;

/// <summary>
/// Decides on a graphql-transport-ws <c>ConnectionInit</c> (PROTOCOL.md "ConnectionInit") and who
/// the connection's operations run as (HotChocolate's <c>ISocketSessionInterceptor.OnConnectAsync</c>).
/// Typical use: read a bearer token from the payload, validate it, and return its principal.
/// Register with <see cref="WebSocketServerBuilderExtensions.AddWebSocketConnectionInterceptor{T}"/>.
/// </summary>
public interface IWebSocketConnectionInterceptor
{
    /// <param name="context">The upgrade request (its <c>User</c> is the HTTP authentication's).</param>
    /// <param name="payload">The <c>connection_init</c> payload: an object, or null when absent or null.</param>
    /// <param name="cancellationToken">Fires when the socket closes.</param>
    ValueTask<ConnectionInitResult> OnConnectAsync(HttpContext context, JsonElement? payload, CancellationToken cancellationToken);
}

/// <summary>The answer to a <c>ConnectionInit</c>: acknowledge (with the user operations run as) or close with 4403.</summary>
public sealed record ConnectionInitResult
{
    private ConnectionInitResult(bool accepted, ClaimsPrincipal? user, object? acknowledgementPayload, string reason)
    {
        IsAccepted = accepted;
        User = user;
        AcknowledgementPayload = acknowledgementPayload;
        RejectionReason = reason;
    }

    public bool IsAccepted { get; }

    /// <summary>The <c>User</c> of every operation on the connection; null keeps <c>HttpContext.User</c>.</summary>
    public ClaimsPrincipal? User { get; }

    /// <summary>Sent as the <c>connection_ack</c> payload (serialized as JSON) when not null.</summary>
    public object? AcknowledgementPayload { get; }

    /// <summary>The close reason sent with 4403 (at most 123 UTF-8 bytes; longer is cut).</summary>
    public string RejectionReason { get; }

    public static ConnectionInitResult Accept(ClaimsPrincipal? user = null, object? acknowledgementPayload = null) =>
        new(true, user, acknowledgementPayload, string.Empty);

    public static ConnectionInitResult Reject(string reason = "Forbidden") => new(false, null, null, reason);
}

/// <summary>Accepts every connection; operations run as the upgrade request's <c>HttpContext.User</c>.</summary>
public sealed class DefaultWebSocketConnectionInterceptor : IWebSocketConnectionInterceptor
{
    public static DefaultWebSocketConnectionInterceptor Instance { get; } = new();

    public ValueTask<ConnectionInitResult> OnConnectAsync(HttpContext context, JsonElement? payload, CancellationToken cancellationToken) =>
        ValueTask.FromResult(ConnectionInitResult.Accept(context.User));
}
