using Graph.Testing;

namespace Graph.Web.Tests;

/// <summary>
/// The storefront in <c>clients/web</c>: <c>./graph setup</c> installs its packages and builds it; a test run started
/// otherwise (<c>dotnet test</c>) installs and builds here when <c>dist</c> is missing or older than the sources.
/// </summary>
public static class StorefrontBuild
{
    private static readonly Lock Gate = new();

    public static string Directory { get; } = Path.Combine(RepositoryPaths.Root, "clients", "web");

    public static string DistDirectory => Path.Combine(Directory, "dist");

    public static void EnsureInstalled()
    {
        lock (Gate)
        {
            if (!System.IO.Directory.Exists(Path.Combine(Directory, "node_modules", "@graphql-codegen", "cli")))
            {
                Check(NpmRun.Run(Directory, null, "ci", "--no-audit", "--no-fund"), "npm ci");
            }
        }
    }

    public static void EnsureBuilt()
    {
        EnsureInstalled();
        lock (Gate)
        {
            var index = new FileInfo(Path.Combine(DistDirectory, "index.html"));
            var newestSource = Sources().Max(f => f.LastWriteTimeUtc);
            var manifest = Path.Combine(Directory, "src", "gql", "persisted-documents.json");
            if (!index.Exists || index.LastWriteTimeUtc < newestSource || !File.Exists(manifest))
            {
                Check(NpmRun.Run(Directory, null, "run", "build"), "npm run build");
            }
        }
    }

    private static IEnumerable<FileInfo> Sources() =>
        new DirectoryInfo(Path.Combine(Directory, "src")).EnumerateFiles("*", SearchOption.AllDirectories)
            .Where(f => !f.FullName.Contains($"{Path.DirectorySeparatorChar}gql{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Append(new FileInfo(Path.Combine(RepositoryPaths.Root, "schema", "composite.graphql")))
            .Append(new FileInfo(Path.Combine(Directory, "index.html")));

    private static void Check(NpmRun.Result result, string what)
    {
        if (result.ExitCode != 0)
        {
            throw new InvalidOperationException($"{what} in clients/web failed ({result.ExitCode}):\n{result.Output}");
        }
    }
}
