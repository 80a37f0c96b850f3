using Graph.Language;

namespace Graph.Fusion.Composition;

/// <summary>One selected field of a FieldSelectionSet with its parent type and, when it exists, its definition.</summary>
internal sealed record WalkedSelection(FieldNode Selection, TypeDefinitionNode Parent, FieldDefinitionNode? Definition);

/// <summary>Walks a FieldSelectionSet (<c>@key</c>, <c>@provides</c>) against one source schema, depth first.</summary>
internal static class SelectionWalker
{
    public static IEnumerable<WalkedSelection> Walk(SourceSchema schema, TypeDefinitionNode parent, SelectionSetNode selectionSet)
    {
        foreach (var selection in selectionSet.Selections)
        {
            if (selection is InlineFragmentNode fragment)
            {
                var fragmentParent = fragment.TypeCondition is null ? parent : schema.Type(fragment.TypeCondition.Name.Value) ?? parent;
                foreach (var walked in Walk(schema, fragmentParent, fragment.SelectionSet))
                {
                    yield return walked;
                }

                continue;
            }

            if (selection is not FieldNode field)
            {
                continue;
            }

            var definition = parent.Field(field.Name.Value);
            yield return new WalkedSelection(field, parent, definition);
            if (definition is not null && field.SelectionSet is not null && schema.Type(definition.Type.NamedType()) is { } child)
            {
                foreach (var walked in Walk(schema, child, field.SelectionSet))
                {
                    yield return walked;
                }
            }
        }
    }

    /// <summary>Whether a selection (or anything nested in it) applies a directive.</summary>
    public static bool HasDirective(SelectionNode selection) => selection switch
    {
        FieldNode field => field.Directives.Count > 0 || (field.SelectionSet?.Selections.Any(HasDirective) ?? false),
        InlineFragmentNode fragment => fragment.Directives.Count > 0 || fragment.SelectionSet.Selections.Any(HasDirective),
        _ => true,
    };
}
