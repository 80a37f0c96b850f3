namespace Graph.AspNetCore.Subscriptions;

/// <summary>Settings of the subscription transports (graphql-transport-ws, graphql-sse).</summary>
public sealed class SubscriptionTransportOptions
{
    /// <summary>
    /// How many operations one connection may run at once: a WebSocket's active <c>subscribe</c>
    /// ids, or a graphql-sse single-connection stream's operations. One more is answered with an
    /// <c>error</c> for that id (WebSocket) or a 429 (SSE); the connection stays open.
    /// </summary>
    public int MaxSubscriptionsPerConnection { get; set; } = 100;

    /// <summary>How long a WebSocket may stay open without <c>connection_init</c> (graphql-ws closes it with 4408).</summary>
    public TimeSpan ConnectionInitTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>The largest graphql-transport-ws message accepted; a larger one closes the socket with 1009 (RFC 6455 7.4.1).</summary>
    public int MaxWebSocketMessageSize { get; set; } = 1024 * 1024;

    /// <summary>How often an idle event stream gets a comment line (<c>:</c>), so proxies keep it open; zero turns it off.</summary>
    public TimeSpan SseKeepAliveInterval { get; set; } = TimeSpan.FromSeconds(12);

    /// <summary>Whether graphql-sse's single connection mode (PUT reservations, <c>X-GraphQL-Event-Stream-Token</c>) is served.</summary>
    public bool EnableSseSingleConnectionMode { get; set; } = true;

    /// <summary>How long a single-connection reservation waits for its event stream before it is dropped.</summary>
    public TimeSpan SseReservationTimeout { get; set; } = TimeSpan.FromMinutes(1);
}
