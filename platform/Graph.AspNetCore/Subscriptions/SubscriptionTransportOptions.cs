namespace Graph.AspNetCore.Subscriptions;

/// <summary>Settings of the subscription transports (graphql-transport-ws, graphql-sse).</summary>
public sealed class SubscriptionTransportOptions
{
    /// <summary>How many operations one connection may run at once.</summary>
    public int MaxSubscriptionsPerConnection { get; set; } = 100;

    /// <summary>How long a WebSocket may stay open without <c>connection_init</c> (graphql-ws closes it with 4408).</summary>
    public TimeSpan ConnectionInitTimeout { get; set; } = TimeSpan.FromSeconds(10);
}
