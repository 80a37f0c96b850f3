using System.Runtime.CompilerServices;
using System.Text;

namespace Graph.Testing.Snapshots;

/// <summary>
/// Compares a test's output with a file in <c>__snapshots__/</c> beside the test source, the way
/// Snapshooter does (it cannot be installed here). <c>UPDATE_SNAPSHOTS=1</c> rewrites the files.
/// A missing snapshot is written and the test passes locally, but fails under <c>CI=true</c>, so
/// an unreviewed snapshot never lands silently.
/// </summary>
public static class Snapshot
{
    public static void Match(
        string actual,
        string? name = null,
        [CallerFilePath] string sourceFile = "",
        [CallerMemberName] string member = "")
    {
        var path = PathFor(sourceFile, member, name);
        var normalized = Normalize(actual);

        if (ShouldUpdate() || (!File.Exists(path) && !IsCi()))
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, normalized, new UTF8Encoding(false));
            return;
        }

        if (!File.Exists(path))
        {
            throw new SnapshotMismatchException($"Snapshot {path} does not exist. Run the test locally (or with UPDATE_SNAPSHOTS=1), review the file and commit it.");
        }

        var expected = Normalize(File.ReadAllText(path));
        if (!string.Equals(expected, normalized, StringComparison.Ordinal))
        {
            throw new SnapshotMismatchException(
                $"Snapshot {path} does not match (UPDATE_SNAPSHOTS=1 accepts the new output).{Environment.NewLine}{Diff.Describe(expected, normalized)}");
        }
    }

    internal static string PathFor(string sourceFile, string member, string? name)
    {
        var source = RepositoryPaths.ResolveSourcePath(sourceFile);
        var directory = Path.Combine(Path.GetDirectoryName(source)!, "__snapshots__");
        var fileName = Path.GetFileNameWithoutExtension(source) + "." + member + (name is null ? string.Empty : "_" + Sanitize(name)) + ".snap";
        return Path.Combine(directory, fileName);
    }

    private static string Sanitize(string name)
    {
        var invalid = Path.GetInvalidFileNameChars();
        return new string(name.Select(c => invalid.Contains(c) || char.IsWhiteSpace(c) ? '_' : c).ToArray());
    }

    private static string Normalize(string text) => text.ReplaceLineEndings("\n").TrimEnd('\n') + "\n";

    private static bool ShouldUpdate() => Environment.GetEnvironmentVariable("UPDATE_SNAPSHOTS") is "1" or "true";

    private static bool IsCi() => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);
}
