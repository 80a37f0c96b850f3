using System.Text;

namespace Graph.Testing.Snapshots;

/// <summary>A readable description of where two texts first differ, line by line.</summary>
internal static class Diff
{
    private const int ContextLines = 3;

    public static string Describe(string expected, string actual)
    {
        var expectedLines = expected.Split('\n');
        var actualLines = actual.Split('\n');
        var first = 0;
        while (first < expectedLines.Length && first < actualLines.Length && expectedLines[first] == actualLines[first])
        {
            first++;
        }

        var text = new StringBuilder();
        text.AppendLine($"First difference at line {first + 1}:");
        for (var i = Math.Max(0, first - ContextLines); i < first; i++)
        {
            text.AppendLine("  " + expectedLines[i]);
        }

        for (var i = first; i < Math.Min(expectedLines.Length, first + ContextLines); i++)
        {
            text.AppendLine("- " + expectedLines[i]);
        }

        for (var i = first; i < Math.Min(actualLines.Length, first + ContextLines); i++)
        {
            text.AppendLine("+ " + actualLines[i]);
        }

        return text.ToString();
    }
}
