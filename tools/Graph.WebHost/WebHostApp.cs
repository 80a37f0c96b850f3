using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Options;

namespace Graph.WebHost;

/// <summary>
/// The storefront's web server: the files of the Vite build, the SPA fallback (any other GET without a file
/// extension gets <c>index.html</c>, so deep links such as <c>/orders/{id}</c> load), and <c>/graphql</c> forwarded to
/// the gateway by <see cref="GatewayProxy"/>.
/// </summary>
public static class WebHostApp
{
    /// <summary>Largest request body forwarded to the gateway; GraphQL requests of the storefront are a few KB.</summary>
    public const long MaxRequestBodyBytes = 1024 * 1024;

    public static WebApplication Build(string[] args)
    {
        var builder = WebApplication.CreateBuilder(args);
        builder.Services.AddOptions<WebHostOptions>().Bind(builder.Configuration.GetSection(WebHostOptions.SectionName))
            .Validate(o => Directory.Exists(o.Root) && File.Exists(Path.Combine(o.Root, "index.html")),
                "WebHost:Root must name the built storefront (a folder with index.html; run `npm run build` in clients/web).")
            .ValidateOnStart();
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Limits.MaxRequestBodySize = MaxRequestBodyBytes);
        // Streams (graphql-sse) stay open as long as the browser wants: no client timeout, the request's abort ends them.
        builder.Services.AddHttpClient<GatewayProxy>(client => client.Timeout = Timeout.InfiniteTimeSpan)
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler { AllowAutoRedirect = false, UseCookies = false });

        var app = builder.Build();
        var options = app.Services.GetRequiredService<IOptions<WebHostOptions>>().Value;
        var files = new PhysicalFileProvider(Path.GetFullPath(options.Root));

        app.Map("/graphql", (HttpContext context, GatewayProxy proxy) => proxy.ForwardAsync(context));
        app.UseDefaultFiles(new DefaultFilesOptions { FileProvider = files });
        app.UseStaticFiles(new StaticFileOptions
        {
            FileProvider = files,
            // Vite names built assets by content hash: they never change, so browsers may keep them.
            OnPrepareResponse = file => file.Context.Response.Headers.CacheControl =
                file.Context.Request.Path.StartsWithSegments("/assets") ? "public, max-age=31536000, immutable" : "no-cache",
        });
        app.MapFallback(context => SendIndexAsync(context, files)).WithMetadata(new HttpMethodMetadata(["GET", "HEAD"]));
        return app;
    }

    private static async Task SendIndexAsync(HttpContext context, IFileProvider files)
    {
        // A missing asset (a path with an extension) is a 404, not the page: a stale build then fails visibly.
        if (Path.HasExtension(context.Request.Path.Value))
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }

        context.Response.ContentType = "text/html; charset=utf-8";
        context.Response.Headers.CacheControl = "no-cache";
        await context.Response.SendFileAsync(files.GetFileInfo("index.html"), context.RequestAborted);
    }
}
