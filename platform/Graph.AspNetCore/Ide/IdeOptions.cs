namespace Graph.AspNetCore.Ide;

/// <summary>Settings of the Nitro IDE served to browsers.</summary>
public sealed class IdeOptions
{
    /// <summary>The folder, below the application's output, that the build copies the IDE's static files into.</summary>
    public const string DefaultAssetsFolder = "nitro";

    /// <summary>Whether browsers get the IDE at the GraphQL path; switch it off in production.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>
    /// Where the IDE's static build lies (index.html, static/, LICENSE); null means <c>{AppContext.BaseDirectory}/nitro</c>,
    /// where Graph.AspNetCore's build copies it from the npm package <c>@chillicream/bananacakepop-graphql-ide</c>.
    /// </summary>
    public string? AssetsDirectory { get; set; }

    /// <summary>Whether the IDE sends the browser's cookies with its GraphQL requests (cookie authentication).</summary>
    public bool IncludeCookies { get; set; }

    internal string ResolveAssetsDirectory() =>
        string.IsNullOrEmpty(AssetsDirectory) ? Path.Combine(AppContext.BaseDirectory, DefaultAssetsFolder) : Path.GetFullPath(AssetsDirectory);
}
