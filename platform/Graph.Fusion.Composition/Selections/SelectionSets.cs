using Graph.Language;

namespace Graph.Fusion.Composition;

/// <summary>Parses a FieldSelectionSet (the <c>fields</c> of <c>@key</c> and <c>@provides</c>): a selection set without braces.</summary>
internal static class SelectionSets
{
    public static SelectionSetNode? TryParse(string fields)
    {
        try
        {
            var document = Parser.Parse("{" + fields + "}");
            return document.Definitions is [OperationDefinitionNode { Name: null, VariableDefinitions.Count: 0 } operation] ? operation.SelectionSet : null;
        }
        catch (GraphQLSyntaxException)
        {
            return null;
        }
    }

    /// <summary>The fields of a selection set, looking into inline fragments.</summary>
    public static IEnumerable<FieldNode> Fields(SelectionSetNode selectionSet) =>
        selectionSet.Selections.SelectMany(s => s switch
        {
            FieldNode field => [field],
            InlineFragmentNode fragment => Fields(fragment.SelectionSet),
            _ => Enumerable.Empty<FieldNode>(),
        });

    /// <summary>Prints a selection set without its outer braces, on one line: <c>id sku</c>, <c>a { b }</c>.</summary>
    public static string PrintWithoutBraces(SelectionSetNode selectionSet)
    {
        var printed = SyntaxPrinter.Print(selectionSet);
        var inner = printed[1..^1].Trim();
        return string.Join(" ", inner.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0));
    }
}
