using Graph.Language;
using Graph.Types;

namespace Graph.Client.Generator;

/// <summary>The fields of one response key: every field node merged under it (spec 5.3.2 "Field Selection Merging").</summary>
internal sealed class FieldGroup(string responseKey, OutputField? definition, IType type)
{
    public string ResponseKey { get; } = responseKey;

    /// <summary>The schema field; null for <c>__typename</c>.</summary>
    public OutputField? Definition { get; } = definition;

    public IType Type { get; } = type;

    public List<FieldNode> Nodes { get; } = [];

    /// <summary>Whether every occurrence is under <c>@skip</c>/<c>@include</c>, so the key may be missing.</summary>
    public bool Conditional { get; set; }
}

/// <summary>
/// Collects the fields a selection set yields for a runtime type, statically (the spec's CollectFields, section
/// 6.3.2, without variable values): fragments whose type condition applies are merged in, fields with a
/// <c>@skip</c>/<c>@include</c> (or inside such a fragment) are marked conditional.
/// </summary>
internal sealed class FieldCollector(Schema schema, IReadOnlyDictionary<string, FragmentDefinitionNode> fragments)
{
    private readonly IType _typenameType = new NonNullType(schema.FindType("String")!);

    /// <summary>Fields for the concrete object type <paramref name="target"/>.</summary>
    public List<FieldGroup> ForObject(INamedType scope, ObjectType target, IEnumerable<SelectionSetNode> sets) =>
        Collect(scope, sets, condition => AppliesTo(condition, target));

    /// <summary>Fields every possible type of the abstract <paramref name="target"/> has: the polymorphic base.</summary>
    public List<FieldGroup> ForAbstract(INamedType target, IEnumerable<SelectionSetNode> sets)
    {
        var possible = schema.GetPossibleTypes(target);
        return Collect(target, sets, condition => condition.Name == target.Name
            || possible.All(p => condition.Name == p.Name || (IsAbstract(condition) && schema.IsSubType(condition, p))));
    }

    /// <summary>
    /// The named fragments whose fields a record of <paramref name="target"/> always has: spread without
    /// <c>@skip</c>/<c>@include</c>, directly, through inline fragments or through other fragments.
    /// </summary>
    public List<string> SpreadFragments(ObjectType target, IEnumerable<SelectionSetNode> sets)
    {
        var names = new List<string>();
        var pending = new Stack<SelectionSetNode>(sets);
        while (pending.TryPop(out var set))
        {
            foreach (var selection in set.Selections)
            {
                switch (selection)
                {
                    case InlineFragmentNode inline when !IsConditional(inline.Directives)
                        && (inline.TypeCondition is null || AppliesTo(Type(inline.TypeCondition.Name.Value), target)):
                        pending.Push(inline.SelectionSet);
                        break;
                    case FragmentSpreadNode spread when !IsConditional(spread.Directives) && !names.Contains(spread.Name.Value)
                        && fragments.TryGetValue(spread.Name.Value, out var fragment) && !IsConditional(fragment.Directives)
                        && AppliesTo(Type(fragment.TypeCondition.Name.Value), target):
                        names.Add(spread.Name.Value);
                        pending.Push(fragment.SelectionSet);
                        break;
                }
            }
        }

        return names;
    }

    private bool AppliesTo(INamedType condition, ObjectType target) =>
        condition.Name == target.Name || (IsAbstract(condition) && schema.IsSubType(condition, target));

    private List<FieldGroup> Collect(INamedType scope, IEnumerable<SelectionSetNode> sets, Func<INamedType, bool> applies)
    {
        var groups = new Dictionary<string, FieldGroup>(StringComparer.Ordinal);
        var ordered = new List<FieldGroup>();
        foreach (var set in sets)
        {
            Collect(scope, set, applies, conditional: false, groups, ordered);
        }

        return ordered;
    }

    private void Collect(INamedType scope, SelectionSetNode set, Func<INamedType, bool> applies, bool conditional,
        Dictionary<string, FieldGroup> groups, List<FieldGroup> ordered)
    {
        foreach (var selection in set.Selections)
        {
            switch (selection)
            {
                case FieldNode field:
                    AddField(scope, field, conditional || IsConditional(field.Directives), groups, ordered);
                    break;
                case InlineFragmentNode inline:
                    var inlineType = inline.TypeCondition is null ? scope : Type(inline.TypeCondition.Name.Value);
                    if (applies(inlineType))
                    {
                        Collect(inlineType, inline.SelectionSet, applies, conditional || IsConditional(inline.Directives), groups, ordered);
                    }

                    break;
                case FragmentSpreadNode spread:
                    var fragment = fragments[spread.Name.Value];
                    var fragmentType = Type(fragment.TypeCondition.Name.Value);
                    if (applies(fragmentType))
                    {
                        Collect(fragmentType, fragment.SelectionSet, applies,
                            conditional || IsConditional(spread.Directives) || IsConditional(fragment.Directives), groups, ordered);
                    }

                    break;
            }
        }
    }

    private void AddField(INamedType scope, FieldNode field, bool conditional, Dictionary<string, FieldGroup> groups, List<FieldGroup> ordered)
    {
        if (!groups.TryGetValue(field.ResponseKey, out var group))
        {
            var definition = field.Name.Value == "__typename" ? null : ((IComplexType)scope).Fields[field.Name.Value];
            group = new FieldGroup(field.ResponseKey, definition, definition?.Type ?? _typenameType) { Conditional = conditional };
            groups.Add(field.ResponseKey, group);
            ordered.Add(group);
        }

        group.Conditional &= conditional;
        group.Nodes.Add(field);
    }

    private INamedType Type(string name) =>
        schema.FindType(name) ?? throw new InvalidOperationException($"Validation let an unknown type '{name}' through.");

    private static bool IsAbstract(INamedType type) => type is InterfaceType or UnionType;

    private static bool IsConditional(IReadOnlyList<DirectiveNode> directives) =>
        directives.Any(d => d.Name.Value is "skip" or "include");
}
