using Graph.Language;

namespace Graph.Types.Federation;

/// <summary>
/// Paths into an entity representation: the leaf fields of a <c>@key</c> selection set (<c>"id"</c>,
/// <c>"id organization { id }"</c>), and the path of an <c>@is(field: "address.id")</c> field selection map
/// (composite schemas spec, appendix A; only its path form, without type conditions or object construction).
/// </summary>
public static class FieldPaths
{
    /// <summary>The leaf paths of a key's field selection set, in order; empty when it does not parse.</summary>
    public static IReadOnlyList<string[]> OfKey(string fields)
    {
        ArgumentNullException.ThrowIfNull(fields);
        SelectionSetNode selectionSet;
        try
        {
            var document = Parser.Parse("{" + fields + "}");
            selectionSet = ((OperationDefinitionNode)document.Definitions[0]).SelectionSet;
        }
        catch (GraphQLSyntaxException)
        {
            return [];
        }

        var paths = new List<string[]>();
        Collect(selectionSet, [], paths);
        return paths;
    }

    /// <summary>The path of a field selection map made of field names joined by dots; null for any other form.</summary>
    public static string[]? OfSelectionMap(string map)
    {
        ArgumentNullException.ThrowIfNull(map);
        var segments = map.Trim().Split('.');
        return segments.All(IsName) ? segments : null;
    }

    /// <summary>True when <paramref name="prefix"/> equals the start of <paramref name="path"/>.</summary>
    public static bool IsPrefixOf(string[] prefix, string[] path) =>
        prefix.Length <= path.Length && prefix.AsSpan().SequenceEqual(path.AsSpan(0, prefix.Length));

    private static void Collect(SelectionSetNode selectionSet, string[] parent, List<string[]> paths)
    {
        foreach (var selection in selectionSet.Selections)
        {
            if (selection is not FieldNode field)
            {
                continue;
            }

            string[] path = [.. parent, field.Name.Value];
            if (field.SelectionSet is { } children)
            {
                Collect(children, path, paths);
            }
            else
            {
                paths.Add(path);
            }
        }
    }

    // Spec 2.1.9 Name: a letter or underscore, then letters, digits or underscores.
    private static bool IsName(string segment) =>
        segment.Length > 0
        && (char.IsAsciiLetter(segment[0]) || segment[0] == '_')
        && segment.All(c => char.IsAsciiLetterOrDigit(c) || c == '_');
}
