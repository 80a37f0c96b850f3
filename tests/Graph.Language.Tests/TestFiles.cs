using System.Runtime.CompilerServices;
using Graph.Testing;

namespace Graph.Language.Tests;

internal static class TestFiles
{
    public static string Read(string relativePath) =>
        File.ReadAllText(Path.Combine(Directory(), relativePath));

    private static string Directory([CallerFilePath] string path = "") =>
        RepositoryPaths.ResolveSourcePath(Path.GetDirectoryName(path)!);
}
