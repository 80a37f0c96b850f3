using System.Net;
using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.FileProviders;

namespace Graph.AspNetCore.Ide;

/// <summary>
/// The IDE's static build on disk. Its files are not in the repository (the ChilliCream License asks that its notices
/// travel with it, and npm is where it is published), so they may be absent: <see cref="TryOpen"/> then answers null
/// and the middleware explains how to install them instead of failing.
/// </summary>
internal sealed class NitroIdeAssets
{
    public const string IndexFile = "index.html";
    public const string LicenseFile = "LICENSE";

    public const string MissingMessage =
        "The Nitro IDE is not installed. Run ./graph setup (it installs the npm package "
        + "@chillicream/bananacakepop-graphql-ide) and rebuild: the build of Graph.AspNetCore copies it next to the application.";

    private readonly string _directory;
    private Loaded? _loaded;

    public NitroIdeAssets(string directory) => _directory = directory;

    public string Directory => _directory;

    /// <summary>The installed build, or null while it is missing (checked again on the next call, so a rebuild needs no restart of this object).</summary>
    public Loaded? TryOpen()
    {
        if (_loaded is { } loaded)
        {
            return loaded;
        }

        var index = Path.Combine(_directory, IndexFile);
        if (!File.Exists(index))
        {
            return null;
        }

        loaded = new Loaded(new PhysicalFileProvider(_directory), File.ReadAllText(index));
        Interlocked.CompareExchange(ref _loaded, loaded, null);
        return _loaded;
    }

    /// <summary>Content types of the build's files, including those the framework's table lacks.</summary>
    public static FileExtensionContentTypeProvider CreateContentTypes()
    {
        var types = new FileExtensionContentTypeProvider();
        types.Mappings[".webmanifest"] = "application/manifest+json";
        types.Mappings[".js"] = "text/javascript; charset=utf-8";
        types.Mappings[".css"] = "text/css; charset=utf-8";
        types.Mappings[".json"] = "application/json; charset=utf-8";
        types.Mappings[".txt"] = "text/plain; charset=utf-8";
        types.Mappings[".map"] = "application/json; charset=utf-8";
        types.Mappings[".woff2"] = "font/woff2";
        types.Mappings[".ttf"] = "font/ttf";
        return types;
    }

    /// <summary>The build's files and its index page, read once.</summary>
    public sealed class Loaded(IFileProvider files, string indexHtml)
    {
        public NitroIdeStaticFiles StaticFiles { get; } = new(files);

        /// <summary>
        /// The index page with a <c>&lt;base&gt;</c> element, so that its relative references (<c>static/...</c>,
        /// <c>./bcp-config.json</c>) resolve below <paramref name="basePath"/> whether the browser asked for
        /// <c>/graphql</c> or <c>/graphql/</c>.
        /// </summary>
        public string IndexFor(string basePath)
        {
            var baseElement = "<base href=\"" + WebUtility.HtmlEncode(basePath) + "\"/>";
            var head = indexHtml.IndexOf("<head>", StringComparison.OrdinalIgnoreCase);
            return head < 0 ? baseElement + indexHtml : indexHtml.Insert(head + "<head>".Length, baseElement);
        }
    }
}
