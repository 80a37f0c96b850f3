using System.Security.Cryptography;
using System.Text;
using Graph.Execution;
using Graph.Types;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace Graph.AspNetCore.Http;

/// <summary>
/// SDL transport of MapGraphQL: answers <c>GET {path}/schema.graphql</c> and <c>GET {path}?sdl</c> with the schema's
/// SDL (<see cref="SchemaPrinter.Print"/>) as <c>text/plain; charset=utf-8</c>, cacheable: an ETag (the SHA-256 of
/// the SDL), <c>If-None-Match</c> answered with 304, and <c>Cache-Control</c> from
/// <see cref="HttpTransportOptions.SchemaCacheMaxAge"/>. Passes every other request on.
/// </summary>
public sealed class SchemaSdlMiddleware(RequestDelegate next, PathString path, IOptions<GraphQLServerOptions> options)
{
    private const string FileName = "/schema.graphql";
    private SdlDocument? _sdl;

    public PathString Path { get; } = path;

    public async Task InvokeAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var request = context.Request;
        if (!(HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method)) || !IsSdlRequest(request))
        {
            await next(context).ConfigureAwait(false);
            return;
        }

        // Printed once per schema: a host that swaps its executor (the gateway reloading its composition) gets the new SDL.
        var schema = context.RequestServices.GetRequiredService<IRequestExecutor>().Schema;
        var sdl = _sdl is { } printed && ReferenceEquals(printed.Schema, schema) ? printed : _sdl = SdlDocument.Create(schema);
        var response = context.Response;
        response.Headers.ETag = sdl.ETag;
        response.Headers.CacheControl = $"public, max-age={(long)options.Value.Http.SchemaCacheMaxAge.TotalSeconds}";
        response.Headers.Vary = HeaderNames.Accept;
        if (request.Headers.IfNoneMatch.Any(tag => tag == sdl.ETag || tag == "*"))
        {
            response.StatusCode = StatusCodes.Status304NotModified;
            return;
        }

        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = "text/plain; charset=utf-8";
        response.ContentLength = sdl.Utf8.Length;
        if (HttpMethods.IsGet(request.Method))
        {
            await response.Body.WriteAsync(sdl.Utf8, context.RequestAborted).ConfigureAwait(false);
        }
    }

    private bool IsSdlRequest(HttpRequest request)
    {
        if (request.Path.StartsWithSegments(Path, StringComparison.OrdinalIgnoreCase, out var rest))
        {
            if (rest.Equals(FileName, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }

            return (!rest.HasValue || rest.Value == "/") && request.Query.ContainsKey("sdl");
        }

        return false;
    }

    /// <summary>The schema is immutable once built, so its SDL and ETag are computed once.</summary>
    private sealed class SdlDocument(Schema schema, byte[] utf8, string etag)
    {
        public Schema Schema { get; } = schema;

        public byte[] Utf8 { get; } = utf8;

        public string ETag { get; } = etag;

        public static SdlDocument Create(Schema schema)
        {
            var utf8 = Encoding.UTF8.GetBytes(SchemaPrinter.Print(schema) + "\n");
            return new SdlDocument(schema, utf8, "\"" + Convert.ToHexStringLower(SHA256.HashData(utf8))[..32] + "\"");
        }
    }
}
