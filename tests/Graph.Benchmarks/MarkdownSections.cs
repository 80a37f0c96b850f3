namespace Graph.Benchmarks;

/// <summary>Replaces one level-2 section of a Markdown file, leaving every other section as it is.</summary>
internal static class MarkdownSections
{
    /// <summary>docs/benchmarks.md, where every benchmark writes its section.</summary>
    public static string BenchmarksDocument => Path.Combine(Graph.Testing.RepositoryPaths.Root, "docs", "benchmarks.md");

    /// <summary>Replaces <paramref name="heading"/>'s section of docs/benchmarks.md, unless the command line says <c>--no-doc</c>.</summary>
    public static void WriteBenchmark(string[] args, string heading, string section)
    {
        if (BenchmarkOption.NoDoc.IsSet(args))
        {
            return;
        }

        Replace(BenchmarksDocument, heading, section);
        Console.Error.WriteLine($"wrote {heading} to {BenchmarksDocument}");
    }

    /// <summary>
    /// Replaces the lines from <paramref name="heading"/> up to the next <c>## </c> heading with
    /// <paramref name="section"/> (which starts with the heading); appends it when the heading is absent.
    /// </summary>
    public static void Replace(string path, string heading, string section)
    {
        var lines = File.Exists(path) ? File.ReadAllLines(path).ToList() : ["# Benchmarks"];
        var replacement = section.TrimEnd().Split('\n').Select(l => l.TrimEnd('\r')).ToList();
        var start = lines.FindIndex(l => l.TrimEnd() == heading);
        if (start < 0)
        {
            while (lines.Count > 0 && lines[^1].Length == 0)
            {
                lines.RemoveAt(lines.Count - 1);
            }

            lines.Add("");
            lines.AddRange(replacement);
        }
        else
        {
            var end = lines.FindIndex(start + 1, l => l.StartsWith("## ", StringComparison.Ordinal));
            if (end >= 0)
            {
                replacement.Add("");
            }

            lines.RemoveRange(start, (end < 0 ? lines.Count : end) - start);
            lines.InsertRange(start, replacement);
        }

        File.WriteAllText(path, string.Join('\n', lines) + "\n");
    }
}
