namespace Graph.Testing;

/// <summary>Finds the repository checkout the tests run from.</summary>
public static class RepositoryPaths
{
    private static readonly Lazy<string> LazyRoot = new(FindRoot);

    /// <summary>The folder holding <c>Graph.sln</c> and the <c>graph</c> command.</summary>
    public static string Root => LazyRoot.Value;

    /// <summary>
    /// Maps a compile-time source path to the checkout. Deterministic CI builds rewrite source
    /// paths to <c>/_/...</c> (ContinuousIntegrationBuild), so such paths are re-rooted here.
    /// </summary>
    public static string ResolveSourcePath(string compiledPath)
    {
        const string deterministicRoot = "/_/";
        return compiledPath.StartsWith(deterministicRoot, StringComparison.Ordinal)
            ? Path.Combine(Root, compiledPath[deterministicRoot.Length..])
            : compiledPath;
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Graph.sln")) && File.Exists(Path.Combine(dir.FullName, "graph")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"No Graph checkout (Graph.sln + graph) above {AppContext.BaseDirectory}.");
    }
}
