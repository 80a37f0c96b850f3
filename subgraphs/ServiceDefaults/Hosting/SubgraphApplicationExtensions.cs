using Graph.AspNetCore;
using Microsoft.AspNetCore.Builder;

namespace Graph.ServiceDefaults;

public static class SubgraphApplicationExtensions
{
    /// <summary>
    /// The end of every subgraph's <c>Build</c>: runs <paramref name="configure"/> (tests change settings and services
    /// there), builds the app and maps what every subgraph serves: <c>/health/*</c>, the service's own
    /// <paramref name="endpoints"/> (a JWKS, a webhook), and GraphQL at <c>/graphql</c> with WebSocket subscriptions.
    /// </summary>
    public static WebApplication BuildSubgraph(
        this WebApplicationBuilder builder,
        Action<WebApplicationBuilder>? configure,
        Action<WebApplication>? endpoints = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        configure?.Invoke(builder);
        var app = builder.Build();
        app.MapDefaultEndpoints();
        endpoints?.Invoke(app);
        app.UseWebSockets();
        app.MapGraphQL();
        return app;
    }
}
