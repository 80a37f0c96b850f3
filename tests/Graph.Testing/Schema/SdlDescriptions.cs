namespace Graph.Testing.Schema;

/// <summary>
/// Finds the types, fields, input fields and enum values of a printed SDL (as <c>schema export</c> writes it: members
/// indented by two spaces) that no description precedes. Arguments and scalars are not checked.
/// </summary>
public static class SdlDescriptions
{
    /// <summary>
    /// Types whose descriptions are not a subgraph's to write: the root types, which the gateway merges. Names that
    /// start with <c>_</c> (the federation types and fields) are skipped as well.
    /// </summary>
    public static readonly IReadOnlyList<string> RootTypes = ["Query", "Mutation", "Subscription"];

    private static readonly string[] DescribedDefinitions = ["type ", "input ", "enum ", "union ", "interface "];

    /// <summary>
    /// The undescribed definitions, as <c>type Name ...</c> or <c>Type.member ...</c>, outside <see cref="RootTypes"/>
    /// and <paramref name="notOwned"/>.
    /// </summary>
    public static IReadOnlyList<string> Undescribed(string sdl, params string[] notOwned)
    {
        ArgumentNullException.ThrowIfNull(sdl);
        var undescribed = new List<string>();
        string? currentType = null;
        var owned = false;
        var inBlockString = false;
        var described = false;
        foreach (var line in sdl.ReplaceLineEndings("\n").Split('\n'))
        {
            var trimmed = line.Trim();
            if (inBlockString)
            {
                inBlockString = !trimmed.EndsWith("\"\"\"", StringComparison.Ordinal);
                described = !inBlockString;
                continue;
            }

            if (trimmed.StartsWith("\"\"\"", StringComparison.Ordinal))
            {
                // """text""" on one line describes what follows; a lone """ opens a block that a later """ closes.
                inBlockString = trimmed.Length < 6 || !trimmed.EndsWith("\"\"\"", StringComparison.Ordinal);
                described = !inBlockString;
                continue;
            }

            if (trimmed.Length == 0 || trimmed.StartsWith('"'))
            {
                described |= trimmed.Length > 0;
                continue;
            }

            var indent = line.Length - line.TrimStart().Length;
            if (indent == 0)
            {
                currentType = DescribedDefinitions.FirstOrDefault(k => trimmed.StartsWith(k, StringComparison.Ordinal)) is { } keyword
                    ? trimmed[keyword.Length..].Split(' ', '{', '@', '=')[0]
                    : null;
                owned = currentType is not null && !currentType.StartsWith('_') && !RootTypes.Contains(currentType) && !notOwned.Contains(currentType);
                if (owned && !described)
                {
                    undescribed.Add(trimmed);
                }
            }
            else if (indent == 2 && owned && !described && !trimmed.StartsWith('_') && char.IsLetter(trimmed[0]))
            {
                undescribed.Add(currentType + "." + trimmed);
            }

            described = false;
        }

        return undescribed;
    }
}
