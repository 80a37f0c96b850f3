using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Primitives;
using Microsoft.Net.Http.Headers;

namespace Graph.AspNetCore.Ide;

/// <summary>
/// Serves the files of the IDE's build. ASP.NET Core's <c>StaticFileMiddleware</c> steps aside for requests that
/// matched an endpoint, and MapGraphQL is one, so this does the part of its work the IDE needs: content types,
/// caching headers, ETag / Last-Modified with 304 answers, HEAD.
/// </summary>
internal sealed class NitroIdeStaticFiles(IFileProvider files)
{
    // Hashed file names below static/ change with every build of the IDE, so browsers may keep them for good.
    private const string ImmutableCaching = "public, max-age=31536000, immutable";
    private const string Revalidate = "no-cache";

    private readonly IContentTypeProvider _contentTypes = NitroIdeAssets.CreateContentTypes();

    /// <summary>Answers the request with file <paramref name="subpath"/>; false when there is no such file (the caller passes the request on).</summary>
    public async Task<bool> TryServeAsync(HttpContext context, string subpath)
    {
        if (subpath.Contains("..", StringComparison.Ordinal) || subpath.Contains('\\', StringComparison.Ordinal))
        {
            return false;
        }

        var file = files.GetFileInfo(subpath);
        if (!file.Exists || file.IsDirectory || !TryGetContentType(subpath, out var contentType))
        {
            return false;
        }

        var response = context.Response;
        var lastModified = file.LastModified.ToUniversalTime();
        lastModified = new DateTimeOffset(lastModified.Year, lastModified.Month, lastModified.Day, lastModified.Hour, lastModified.Minute, lastModified.Second, TimeSpan.Zero);
        var etag = new EntityTagHeaderValue("\"" + (lastModified.ToUnixTimeSeconds() ^ file.Length).ToString("x", System.Globalization.CultureInfo.InvariantCulture) + "\"");
        var headers = response.GetTypedHeaders();
        headers.ETag = etag;
        headers.LastModified = lastModified;
        response.Headers.CacheControl = subpath.StartsWith("/static/", StringComparison.Ordinal) ? ImmutableCaching : Revalidate;
        response.Headers.XContentTypeOptions = "nosniff";
        response.ContentType = contentType;

        if (IsNotModified(context.Request, etag, lastModified))
        {
            response.StatusCode = StatusCodes.Status304NotModified;
            return true;
        }

        response.StatusCode = StatusCodes.Status200OK;
        response.ContentLength = file.Length;
        if (!HttpMethods.IsHead(context.Request.Method))
        {
            await response.SendFileAsync(file, context.RequestAborted).ConfigureAwait(false);
        }

        return true;
    }

    private bool TryGetContentType(string subpath, out string contentType)
    {
        // The licence has no extension; it is served so that the notice travels with the IDE.
        if (subpath == "/" + NitroIdeAssets.LicenseFile)
        {
            contentType = "text/plain; charset=utf-8";
            return true;
        }

        return _contentTypes.TryGetContentType(subpath, out contentType!);
    }

    /// <summary>RFC 9110 13.2.2: If-None-Match wins over If-Modified-Since when both are sent.</summary>
    private static bool IsNotModified(HttpRequest request, EntityTagHeaderValue etag, DateTimeOffset lastModified)
    {
        var headers = request.GetTypedHeaders();
        if (!StringValues.IsNullOrEmpty(request.Headers.IfNoneMatch))
        {
            return headers.IfNoneMatch.Any(candidate => candidate.Equals(EntityTagHeaderValue.Any) || candidate.Compare(etag, useStrongComparison: false));
        }

        return headers.IfModifiedSince is { } since && lastModified <= since;
    }
}
