using Graph.AspNetCore.Http;
using Graph.AspNetCore.Ide;
using Graph.AspNetCore.Subscriptions;

namespace Graph.AspNetCore;

/// <summary>The server's settings, one group per transport; every limit has a default that is safe in production.</summary>
public sealed class GraphQLServerOptions
{
    public HttpTransportOptions Http { get; } = new();

    public SubscriptionTransportOptions Subscriptions { get; } = new();

    public IdeOptions Ide { get; } = new();

    /// <summary>How long one query or mutation may run before it is cancelled with an error.</summary>
    public TimeSpan ExecutionTimeout { get; set; } = TimeSpan.FromSeconds(30);
}
