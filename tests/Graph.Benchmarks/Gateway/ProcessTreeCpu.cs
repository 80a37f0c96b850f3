using System.Diagnostics;
using System.Globalization;

namespace Graph.Benchmarks.Gateway;

/// <summary>
/// CPU time (user + system) of a process and all its descendants, read from <c>/proc</c> (Linux): Hive Gateway forks
/// workers, so its main process alone would undercount. With the machine shared by the subgraphs, the load generator
/// and other work, CPU time per request is each gateway's own cost, independent of how much CPU it was given.
/// </summary>
internal static class ProcessTreeCpu
{
    /// <summary>The tree's CPU time so far, or null where <c>/proc</c> is not available.</summary>
    public static TimeSpan? Of(int rootProcessId)
    {
        if (!Directory.Exists("/proc"))
        {
            return null;
        }

        var total = TimeSpan.Zero;
        foreach (var id in TreeOf(rootProcessId))
        {
            try
            {
                using var process = Process.GetProcessById(id);
                total += process.TotalProcessorTime;
            }
            catch (Exception gone) when (gone is ArgumentException or InvalidOperationException)
            {
                // Exited between listing and reading: its time is no longer counted by anyone, a small undercount.
            }
        }

        return total;
    }

    private static List<int> TreeOf(int root)
    {
        var children = new Dictionary<int, List<int>>();
        foreach (var directory in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(directory), NumberStyles.None, CultureInfo.InvariantCulture, out var id))
            {
                continue;
            }

            try
            {
                // "pid (comm) state ppid ...": comm may hold spaces and parentheses, so read after the last ')'.
                var stat = File.ReadAllText(Path.Combine(directory, "stat"));
                var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
                var parent = int.Parse(fields[1], CultureInfo.InvariantCulture);
                if (!children.TryGetValue(parent, out var list))
                {
                    children[parent] = list = [];
                }

                list.Add(id);
            }
            catch (IOException)
            {
                // Exited while listing.
            }
        }

        var tree = new List<int> { root };
        for (var i = 0; i < tree.Count; i++)
        {
            if (children.TryGetValue(tree[i], out var list))
            {
                tree.AddRange(list);
            }
        }

        return tree;
    }
}
