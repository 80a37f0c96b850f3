using Graph.Execution;
using Graph.Execution.Processing;
using Graph.Language;
using Graph.Types;

namespace Graph.Fusion.Execution.Normalization;

/// <summary>
/// Normalizes a validated operation before planning (STYLE.md, Cosmo: "normalize the operation before planning, in its
/// own module"): selects the operation (spec 6.1 GetOperation), inlines fragment spreads, flattens inline fragments
/// whose type condition is the parent type, merges fields that share a response key (spec 5.3.2 guarantees they are
/// mergeable), drops selections a constant <c>@skip(if: true)</c>/<c>@include(if: false)</c> excludes and removes the
/// constant directives that keep them. Variable conditions stay for the subgraphs and the result shaping.
/// </summary>
public static class OperationNormalizer
{
    public static NormalizedOperation Normalize(Graph.Types.Schema schema, DocumentNode document, string? operationName)
    {
        ArgumentNullException.ThrowIfNull(schema);
        ArgumentNullException.ThrowIfNull(document);
        var operation = CompiledOperation.GetOperation(document, operationName);
        var fragments = document.Definitions.OfType<FragmentDefinitionNode>().ToDictionary(f => f.Name.Value, StringComparer.Ordinal);
        var root = schema.GetRootType(operation.Operation)
            ?? throw new GraphQLRequestException([GraphQLError.WithCode($"The schema does not support {operation.Operation.ToKeyword()} operations.", ErrorCodes.ValidationFailed)]);
        var context = new Context(schema, fragments);
        var selections = context.Normalize(operation.SelectionSet, root);
        var normalized = new OperationDefinitionNode(
            operation.Operation, operation.Name, operation.VariableDefinitions.Select(StripLocation).ToArray(), operation.Directives, new SelectionSetNode(selections));
        var text = SyntaxPrinter.Print(normalized);
        return new NormalizedOperation(normalized, text, DocumentHash.Compute(text));
    }

    private static VariableDefinitionNode StripLocation(VariableDefinitionNode variable) => variable with { Location = null };

    private sealed class Context(Graph.Types.Schema schema, Dictionary<string, FragmentDefinitionNode> fragments)
    {
        public SelectionNode[] Normalize(SelectionSetNode set, INamedType? parent)
        {
            var collected = new List<SelectionNode>();
            Collect(set, parent, collected, []);
            return Merge(collected);
        }

        private void Collect(SelectionSetNode set, INamedType? parent, List<SelectionNode> into, HashSet<string> visiting)
        {
            foreach (var selection in set.Selections)
            {
                if (!ApplyConstantConditions(DirectivesOf(selection), out var directives))
                {
                    continue;
                }

                switch (selection)
                {
                    case FieldNode field:
                        var fieldType = field.SelectionSet is null ? null : FieldType(parent, field.Name.Value);
                        into.Add(new FieldNode(
                            field.Alias is { } alias && alias.Value != field.Name.Value ? alias with { Location = null } : null,
                            field.Name with { Location = null },
                            field.Arguments,
                            directives,
                            field.SelectionSet is null ? null : new SelectionSetNode(Normalize(field.SelectionSet, fieldType))));
                        break;
                    case FragmentSpreadNode spread when fragments.TryGetValue(spread.Name.Value, out var fragment) && visiting.Add(spread.Name.Value):
                        CollectFragment(fragment.TypeCondition, directives, fragment.SelectionSet, parent, into, visiting);
                        visiting.Remove(spread.Name.Value);
                        break;
                    case InlineFragmentNode inline:
                        CollectFragment(inline.TypeCondition, directives, inline.SelectionSet, parent, into, visiting);
                        break;
                }
            }
        }

        private void CollectFragment(NamedTypeNode? typeCondition, DirectiveNode[] directives, SelectionSetNode set, INamedType? parent, List<SelectionNode> into, HashSet<string> visiting)
        {
            var condition = typeCondition is null ? parent : schema.FindType(typeCondition.Name.Value);
            if (directives.Length == 0 && (typeCondition is null || (parent is not null && typeCondition.Name.Value == parent.Name)))
            {
                Collect(set, parent, into, visiting);
                return;
            }

            var children = new List<SelectionNode>();
            Collect(set, condition, children, visiting);
            into.Add(new InlineFragmentNode(
                typeCondition is null ? null : new NamedTypeNode(new NameNode(typeCondition.Name.Value)),
                directives,
                new SelectionSetNode(Merge(children))));
        }

        private INamedType? FieldType(INamedType? parent, string fieldName)
        {
            if (fieldName == "__schema")
            {
                return schema.FindType("__Schema");
            }

            if (fieldName == "__type")
            {
                return schema.FindType("__Type");
            }

            return parent is IComplexType complex && complex.Fields.TryGet(fieldName, out var field) ? field.Type.NamedType() : null;
        }
    }

    private static IReadOnlyList<DirectiveNode> DirectivesOf(SelectionNode selection) => selection switch
    {
        FieldNode f => f.Directives,
        FragmentSpreadNode s => s.Directives,
        InlineFragmentNode i => i.Directives,
        _ => [],
    };

    /// <summary>False when a constant condition excludes the selection (spec 6.3.2 CollectFields steps 3.a and 3.b).</summary>
    private static bool ApplyConstantConditions(IReadOnlyList<DirectiveNode> directives, out DirectiveNode[] kept)
    {
        var result = new List<DirectiveNode>(directives.Count);
        foreach (var directive in directives)
        {
            var name = directive.Name.Value;
            if ((name == "skip" || name == "include") && directive.Arguments.FirstOrDefault(a => a.Name.Value == "if")?.Value is BooleanValueNode constant)
            {
                if (constant.Value == (name == "skip"))
                {
                    kept = [];
                    return false;
                }

                continue;
            }

            result.Add(directive with { Location = null });
        }

        kept = result.ToArray();
        return true;
    }

    /// <summary>Merges fields (same response key and directives) and inline fragments (same condition and directives), first position wins.</summary>
    internal static SelectionNode[] Merge(IReadOnlyList<SelectionNode> selections)
    {
        var order = new List<string>();
        var merged = new Dictionary<string, SelectionNode>(StringComparer.Ordinal);
        foreach (var selection in selections)
        {
            var key = selection switch
            {
                FieldNode f => "f:" + f.ResponseKey + Print(f.Directives),
                InlineFragmentNode i => "i:" + i.TypeCondition?.Name.Value + Print(i.Directives),
                _ => "?" + order.Count,
            };
            if (!merged.TryGetValue(key, out var existing))
            {
                order.Add(key);
                merged[key] = selection;
                continue;
            }

            merged[key] = (existing, selection) switch
            {
                (FieldNode a, FieldNode b) when a.SelectionSet is not null && b.SelectionSet is not null =>
                    a with { SelectionSet = new SelectionSetNode(Merge([.. a.SelectionSet.Selections, .. b.SelectionSet.Selections])) },
                (InlineFragmentNode a, InlineFragmentNode b) =>
                    a with { SelectionSet = new SelectionSetNode(Merge([.. a.SelectionSet.Selections, .. b.SelectionSet.Selections])) },
                _ => existing,
            };
        }

        return order.Select(k => merged[k]).ToArray();
    }

    private static string Print(IReadOnlyList<DirectiveNode> directives) =>
        directives.Count == 0 ? string.Empty : string.Concat(directives.Select(d => d.Print(false)));
}
