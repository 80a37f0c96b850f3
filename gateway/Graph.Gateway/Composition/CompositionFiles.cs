using Microsoft.Extensions.Hosting;

namespace Graph.Gateway.Composition;

/// <summary>
/// Where the composition files are: an absolute path as given; a relative one against the content root when the file
/// is there, else against the repository root (the nearest ancestor of the content root or of the application's
/// folder holding <c>Graph.sln</c>), so <c>dotnet run</c>, <c>./graph up</c> (content root in <c>bin/</c>) and tests
/// all find <c>schema/gateway.graphql</c>.
/// </summary>
public sealed class CompositionFiles(IHostEnvironment environment)
{
    public string Resolve(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        if (Path.IsPathRooted(path))
        {
            return Path.GetFullPath(path);
        }

        var fromContentRoot = Path.GetFullPath(Path.Combine(environment.ContentRootPath, path));
        if (File.Exists(fromContentRoot))
        {
            return fromContentRoot;
        }

        foreach (var start in new[] { environment.ContentRootPath, AppContext.BaseDirectory })
        {
            if (FindRepositoryRoot(start) is { } root)
            {
                var fromRoot = Path.GetFullPath(Path.Combine(root, path));
                if (File.Exists(fromRoot))
                {
                    return fromRoot;
                }
            }
        }

        // Nothing exists yet: report (and watch) the content-root path.
        return fromContentRoot;
    }

    private static string? FindRepositoryRoot(string start)
    {
        for (var directory = new DirectoryInfo(start); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Graph.sln")))
            {
                return directory.FullName;
            }
        }

        return null;
    }
}
