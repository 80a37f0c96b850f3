using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace Graph.AspNetCore.Ide;

/// <summary>
/// Nitro IDE transport of MapGraphQL: answers browsers asking for HTML at the GraphQL path with the IDE, and the IDE's
/// own requests below it (<c>static/...</c>, <c>bcp-config.json</c>, <c>LICENSE</c>); passes every other request on,
/// and every request when the IDE is switched off. Everything is served from this application: no CDN.
/// </summary>
public sealed class NitroIdeMiddleware
{
    private const string ConfigFile = "bcp-config.json";

    private const string Revalidate = "no-cache";

    private readonly RequestDelegate _next;
    private readonly IdeOptions _options;
    private readonly NitroIdeAssets _assets;
    private readonly ILogger _logger;
    private readonly byte[] _config;

    public NitroIdeMiddleware(
        RequestDelegate next,
        PathString path,
        IOptions<GraphQLServerOptions> options,
        ILogger<NitroIdeMiddleware> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        _next = next;
        Path = path;
        _options = options.Value.Ide;
        _assets = new NitroIdeAssets(_options.ResolveAssetsDirectory());
        _logger = logger;

        // The IDE reads its settings from this file; the endpoint is the page's own URL, which is the GraphQL path.
        _config = JsonSerializer.SerializeToUtf8Bytes(new Dictionary<string, object>
        {
            ["useBrowserUrlAsEndpoint"] = true,
            ["includeCookies"] = _options.IncludeCookies,
        });
    }

    public PathString Path { get; }

    public Task InvokeAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var request = context.Request;
        if (!_options.Enabled
            || !(HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method))
            || !request.Path.StartsWithSegments(Path, StringComparison.OrdinalIgnoreCase, out var file))
        {
            return _next(context);
        }

        if (file is { HasValue: false } || file.Value == "/")
        {
            return WantsIde(request) ? ServeIndexAsync(context) : _next(context);
        }

        return file.Value switch
        {
            "/" + NitroIdeAssets.IndexFile => ServeIndexAsync(context),
            "/" + ConfigFile => ServeConfigAsync(context),
            _ => ServeStaticAsync(context, file.Value),
        };
    }

    /// <summary>
    /// A browser navigating to the GraphQL path: it accepts HTML and sends no GraphQL request parameters (a GET with
    /// <c>query</c> is a GraphQL over HTTP request, <c>?sdl</c> asks for the schema), so GraphQL clients never get the IDE.
    /// </summary>
    private static bool WantsIde(HttpRequest request)
    {
        if (request.Query.ContainsKey("query") || request.Query.ContainsKey("documentId") || request.Query.ContainsKey("extensions")
            || request.Query.ContainsKey("sdl"))
        {
            return false;
        }

        var accept = request.GetTypedHeaders().Accept;
        return accept.Any(type => type.MediaType.Equals("text/html", StringComparison.OrdinalIgnoreCase) && type.Quality is not 0);
    }

    private async Task ServeIndexAsync(HttpContext context)
    {
        var response = context.Response;
        if (_assets.TryOpen() is not { } assets)
        {
            await ServeMissingAsync(context).ConfigureAwait(false);
            return;
        }

        var html = Encoding.UTF8.GetBytes(assets.IndexFor(context.Request.PathBase.Add(Path).Value + "/"));
        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = "text/html; charset=utf-8";
        response.ContentLength = html.Length;
        response.Headers.CacheControl = Revalidate;
        response.Headers.XContentTypeOptions = "nosniff";
        response.Headers.Vary = HeaderNames.Accept;
        if (!HttpMethods.IsHead(context.Request.Method))
        {
            await response.Body.WriteAsync(html, context.RequestAborted).ConfigureAwait(false);
        }
    }

    private async Task ServeConfigAsync(HttpContext context)
    {
        var response = context.Response;
        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = "application/json; charset=utf-8";
        response.ContentLength = _config.Length;
        response.Headers.CacheControl = Revalidate;
        response.Headers.XContentTypeOptions = "nosniff";
        if (!HttpMethods.IsHead(context.Request.Method))
        {
            await response.Body.WriteAsync(_config, context.RequestAborted).ConfigureAwait(false);
        }
    }

    private async Task ServeStaticAsync(HttpContext context, string file)
    {
        // Without the build there is nothing below the path to serve; the SDL and HTTP transports get their turn.
        if (_assets.TryOpen() is not { } assets || !await assets.StaticFiles.TryServeAsync(context, file).ConfigureAwait(false))
        {
            await _next(context).ConfigureAwait(false);
        }
    }

    private async Task ServeMissingAsync(HttpContext context)
    {
        _logger.LogWarning("The Nitro IDE was requested but its files are missing at {Directory}.", _assets.Directory);
        var response = context.Response;
        response.StatusCode = StatusCodes.Status503ServiceUnavailable;
        response.ContentType = "text/plain; charset=utf-8";
        response.Headers.CacheControl = "no-store";
        await response.WriteAsync(NitroIdeAssets.MissingMessage + "\nLooked in: " + _assets.Directory + "\n", context.RequestAborted).ConfigureAwait(false);
    }
}
