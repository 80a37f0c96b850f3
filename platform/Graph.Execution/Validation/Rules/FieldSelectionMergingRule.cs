using Graph.Language;
using Graph.Types;

namespace Graph.Execution.Validation;

/// <summary>
/// Spec 5.3.2 Field Selection Merging:
/// "Let {set} be any selection set defined in the GraphQL document. {FieldsInSetCanMerge(set)} must be true."
/// FieldsInSetCanMerge(set): for each pair of selections with the same response name (visiting fragments),
/// {SameResponseShape(fieldA, fieldB)} must be true, and if their parent types are equal or either is not an Object
/// Type, they must have identical field names and arguments and their merged selection sets must merge too.
/// The algorithm and its messages follow graphql-js 17's <c>OverlappingFieldsCanBeMergedRule</c>, which compares each
/// pair of fragments once and stops with "Validation aborted." past a work budget.
/// </summary>
public sealed class FieldSelectionMergingRule : ValidationRule
{
    private const int MaxConflictDetailLength = 1000;
    private const int MaxConflictNodes = 20;
    private const int ComplexityBudget = 500_000;

    private readonly ComparedPairs _comparedFieldsAndFragments = new(ordered: true);
    private readonly ComparedPairs _comparedFragments = new(ordered: false);
    private readonly Dictionary<SelectionSetKey, CollectedFields> _collected = [];
    private readonly Dictionary<ValueNode, string> _valueKeys = new(ReferenceEqualityComparer.Instance);
    private ValidationContext _context = null!;
    private int _remainingBudget = ComplexityBudget;

    public override string Code => "FIELD_SELECTION_MERGING";

    protected internal override bool EnterSelectionSet(SelectionSetNode node, ValidationContext context)
    {
        // An inline fragment's selections are part of the enclosing set, compared there.
        if (context.Parent is InlineFragmentNode
            || (node.Selections.Count <= 1 && (node.Selections.Count == 0 || node.Selections[0] is not InlineFragmentNode)))
        {
            return true;
        }

        _context = context;
        foreach (var conflict in FindConflictsWithinSelectionSet(context.TypeInfo.ParentType, node))
        {
            Report(
                context,
                $"Fields \"{Abbreviate(conflict.ResponseName)}\" conflict because {conflict.Reason}. Use different aliases on the fields to fetch both if this was intentional.",
                [.. conflict.Fields1, .. conflict.Fields2]);
        }

        return true;
    }

    private List<FieldConflict> FindConflictsWithinSelectionSet(INamedType? parentType, SelectionSetNode selectionSet)
    {
        var conflicts = new List<FieldConflict>();
        var collected = CollectFields(parentType, selectionSet);
        foreach (var (responseName, fields) in collected.Groups)
        {
            for (var i = 0; i < fields.Count; i++)
            {
                for (var j = i + 1; j < fields.Count; j++)
                {
                    if (FindConflict(false, responseName, fields[i], fields[j]) is { } conflict)
                    {
                        conflicts.Add(conflict);
                    }
                }
            }
        }

        if (collected.Spreads.Count != 0 && (collected.Groups.Count != 0 || collected.Spreads.Count > 1))
        {
            var fragments = FragmentsOf(collected);
            for (var i = 0; i < fragments.Count; i++)
            {
                CollectConflictsBetweenFieldsAndFragment(conflicts, false, collected, fragments[i]);
                for (var j = i + 1; j < fragments.Count; j++)
                {
                    CollectConflictsBetweenFragments(conflicts, false, fragments[i], fragments[j]);
                }
            }
        }

        return conflicts;
    }

    private void CollectConflictsBetweenFieldsAndFragment(List<FieldConflict> conflicts, bool mutuallyExclusive, CollectedFields collected, FragmentDefinitionNode fragment)
    {
        Spend(1);
        if (collected.Groups.Count == 0 || _comparedFieldsAndFragments.Has(collected, fragment, mutuallyExclusive))
        {
            return;
        }

        _comparedFieldsAndFragments.Add(collected, fragment, mutuallyExclusive);
        var fragmentFields = CollectFragmentFields(fragment);
        var referenced = FragmentsOf(fragmentFields);
        if (ReferenceEquals(collected, fragmentFields))
        {
            return;
        }

        CollectConflictsBetween(conflicts, mutuallyExclusive, collected, fragmentFields);
        foreach (var next in referenced)
        {
            CollectConflictsBetweenFieldsAndFragment(conflicts, mutuallyExclusive, collected, next);
        }
    }

    private void CollectConflictsBetweenFragments(List<FieldConflict> conflicts, bool mutuallyExclusive, FragmentDefinitionNode fragment1, FragmentDefinitionNode fragment2)
    {
        Spend(2);
        if (ReferenceEquals(fragment1, fragment2) || _comparedFragments.Has(fragment1, fragment2, mutuallyExclusive))
        {
            return;
        }

        _comparedFragments.Add(fragment1, fragment2, mutuallyExclusive);
        var fields1 = CollectFragmentFields(fragment1);
        var referenced1 = FragmentsOf(fields1);
        var fields2 = CollectFragmentFields(fragment2);
        var referenced2 = FragmentsOf(fields2);
        CollectConflictsBetween(conflicts, mutuallyExclusive, fields1, fields2);
        foreach (var next in referenced2)
        {
            CollectConflictsBetweenFragments(conflicts, mutuallyExclusive, fragment1, next);
        }

        foreach (var next in referenced1)
        {
            CollectConflictsBetweenFragments(conflicts, mutuallyExclusive, next, fragment2);
        }
    }

    private List<FieldConflict> FindConflictsBetweenSubSelectionSets(
        bool mutuallyExclusive, INamedType? parentType1, SelectionSetNode selectionSet1, INamedType? parentType2, SelectionSetNode selectionSet2)
    {
        var conflicts = new List<FieldConflict>();
        var fields1 = CollectFields(parentType1, selectionSet1);
        var fragments1 = FragmentsOf(fields1);
        var fields2 = CollectFields(parentType2, selectionSet2);
        var fragments2 = FragmentsOf(fields2);
        CollectConflictsBetween(conflicts, mutuallyExclusive, fields1, fields2);
        foreach (var fragment2 in fragments2)
        {
            CollectConflictsBetweenFieldsAndFragment(conflicts, mutuallyExclusive, fields1, fragment2);
        }

        foreach (var fragment1 in fragments1)
        {
            CollectConflictsBetweenFieldsAndFragment(conflicts, mutuallyExclusive, fields2, fragment1);
        }

        foreach (var fragment1 in fragments1)
        {
            foreach (var fragment2 in fragments2)
            {
                CollectConflictsBetweenFragments(conflicts, mutuallyExclusive, fragment1, fragment2);
            }
        }

        return conflicts;
    }

    private void CollectConflictsBetween(List<FieldConflict> conflicts, bool mutuallyExclusive, CollectedFields collected1, CollectedFields collected2)
    {
        if (collected1.Groups.Count == 0 || collected2.Groups.Count == 0)
        {
            return;
        }

        if (!collected1.Overlaps.TryGetValue(collected2, out var overlaps))
        {
            overlaps = [];
            foreach (var (name, fields1) in collected1.Groups)
            {
                Spend(1);
                if (collected2.Find(name) is { } fields2)
                {
                    overlaps.Add((name, fields1, fields2));
                }
            }

            collected1.Overlaps[collected2] = overlaps;
        }

        foreach (var (name, fields1, fields2) in overlaps)
        {
            foreach (var field1 in fields1)
            {
                foreach (var field2 in fields2)
                {
                    if (FindConflict(mutuallyExclusive, name, field1, field2) is { } conflict)
                    {
                        conflicts.Add(conflict);
                    }
                }
            }
        }
    }

    // SameResponseShape and, unless the parents are distinct object types, same name, arguments and mergeable sub-selections.
    private FieldConflict? FindConflict(bool parentFieldsAreMutuallyExclusive, string responseName, FieldDetails field1, FieldDetails field2)
    {
        var mutuallyExclusive = parentFieldsAreMutuallyExclusive
            || (!TypeComparators.SameNamedType(field1.ParentType, field2.ParentType) && field1.ParentType is ObjectType && field2.ParentType is ObjectType);
        Spend(2);
        var node1 = field1.Node;
        var node2 = field2.Node;
        var type1 = field1.Definition?.Type;
        var type2 = field2.Definition?.Type;
        if (field1.IsSimpleLeaf && field2.IsSimpleLeaf && node1.Name.Value == node2.Name.Value
            && (type1 is null ? type2 is null : type2 is not null && TypeComparators.SameType(type1, type2)))
        {
            return null;
        }

        if (!mutuallyExclusive)
        {
            if (node1.Name.Value != node2.Name.Value)
            {
                return new FieldConflict(responseName, $"\"{Abbreviate(node1.Name.Value)}\" and \"{Abbreviate(node2.Name.Value)}\" are different fields", [node1], [node2]);
            }

            if (!SameArguments(node1.Arguments, node2.Arguments))
            {
                return new FieldConflict(responseName, "they have differing arguments", [node1], [node2]);
            }
        }

        if (type1 is not null && type2 is not null && DoTypesConflict(type1, type2))
        {
            return new FieldConflict(responseName, $"they return conflicting types \"{type1}\" and \"{type2}\"", [node1], [node2]);
        }

        if (node1.SelectionSet is { } selectionSet1 && node2.SelectionSet is { } selectionSet2)
        {
            var subConflicts = FindConflictsBetweenSubSelectionSets(
                mutuallyExclusive, type1?.NamedType(), selectionSet1, type2?.NamedType(), selectionSet2);
            return SubfieldConflicts(subConflicts, responseName, node1, node2);
        }

        return null;
    }

    private bool SameArguments(IReadOnlyList<ArgumentNode> arguments1, IReadOnlyList<ArgumentNode> arguments2)
    {
        if (arguments1.Count != arguments2.Count)
        {
            return false;
        }

        foreach (var argument1 in arguments1)
        {
            Spend(1);
            ArgumentNode? argument2 = null;
            foreach (var candidate in arguments2)
            {
                if (candidate.Name.Value == argument1.Name.Value)
                {
                    argument2 = candidate;
                }
            }

            if (argument2 is null || KeyOf(argument1.Value) != KeyOf(argument2.Value))
            {
                return false;
            }
        }

        return true;
    }

    private bool DoTypesConflict(IType type1, IType type2)
    {
        if (ReferenceEquals(type1, type2))
        {
            return false;
        }

        Spend(1);
        return (type1, type2) switch
        {
            (ListType list1, ListType list2) => DoTypesConflict(list1.OfType, list2.OfType),
            (ListType, _) or (_, ListType) => true,
            (NonNullType nonNull1, NonNullType nonNull2) => DoTypesConflict(nonNull1.OfType, nonNull2.OfType),
            (NonNullType, _) or (_, NonNullType) => true,
            _ when type1.IsLeafType() || type2.IsLeafType() => !TypeComparators.SameNamedType(type1 as INamedType, type2 as INamedType),
            _ => false,
        };
    }

    private static FieldConflict? SubfieldConflicts(List<FieldConflict> conflicts, string responseName, FieldNode node1, FieldNode node2)
    {
        if (conflicts.Count == 0)
        {
            return null;
        }

        var message = string.Empty;
        foreach (var conflict in conflicts)
        {
            message += (message.Length == 0 ? string.Empty : " and ") + $"subfields \"{Abbreviate(conflict.ResponseName)}\" conflict because {conflict.Reason}";
            if (message.Length > MaxConflictDetailLength)
            {
                break;
            }
        }

        return new FieldConflict(responseName, Abbreviate(message), ConflictNodes(node1, conflicts, c => c.Fields1), ConflictNodes(node2, conflicts, c => c.Fields2));
    }

    private static List<FieldNode> ConflictNodes(FieldNode node, List<FieldConflict> conflicts, Func<FieldConflict, List<FieldNode>> side)
    {
        var nodes = new List<FieldNode> { node };
        foreach (var conflict in conflicts)
        {
            var remaining = MaxConflictNodes - nodes.Count;
            var fields = side(conflict);
            nodes.AddRange(fields.Skip(Math.Max(0, fields.Count - remaining)));
            if (nodes.Count == MaxConflictNodes)
            {
                break;
            }
        }

        return nodes;
    }

    private CollectedFields CollectFields(INamedType? parentType, SelectionSetNode selectionSet)
    {
        var key = new SelectionSetKey(parentType, selectionSet);
        if (!_collected.TryGetValue(key, out var collected))
        {
            collected = new CollectedFields();
            CollectFieldsInto(parentType, selectionSet, collected);
            _collected[key] = collected;
        }

        return collected;
    }

    private void CollectFieldsInto(INamedType? parentType, SelectionSetNode selectionSet, CollectedFields collected)
    {
        foreach (var selection in selectionSet.Selections)
        {
            switch (selection)
            {
                case FieldNode field:
                    // As graphql-js: the meta-fields have no definition here, so only their names are compared.
                    var definition = parentType is IComplexType complex ? complex.Fields.Find(field.Name.Value) : null;
                    collected.Add(field.ResponseKey, new FieldDetails(parentType, field, definition));
                    break;
                case FragmentSpreadNode spread:
                    collected.Spreads.Add(spread);
                    break;
                case InlineFragmentNode inline:
                    var fragmentType = inline.TypeCondition is { } condition ? _context.Schema.FindType(condition.Name.Value) : parentType;
                    CollectFieldsInto(fragmentType, inline.SelectionSet, collected);
                    break;
            }
        }
    }

    private CollectedFields CollectFragmentFields(FragmentDefinitionNode fragment) =>
        CollectFields(_context.Schema.FindType(fragment.TypeCondition.Name.Value), fragment.SelectionSet);

    // The distinct fragments spread in a collected set; spreads of unknown fragments compare with nothing.
    private List<FragmentDefinitionNode> FragmentsOf(CollectedFields collected)
    {
        if (collected.Fragments is { } cached)
        {
            return cached;
        }

        var fragments = new List<FragmentDefinitionNode>();
        foreach (var spread in collected.Spreads)
        {
            Spend(1);
            if (_context.GetFragment(spread.Name.Value) is { } fragment && !fragments.Contains(fragment, ReferenceEqualityComparer.Instance))
            {
                fragments.Add(fragment);
            }
        }

        collected.Fragments = fragments;
        return fragments;
    }

    private string KeyOf(ValueNode value)
    {
        if (!_valueKeys.TryGetValue(value, out var key))
        {
            key = ValueKeys.Of(value);
            _valueKeys[value] = key;
        }

        return key;
    }

    private void Spend(int cost)
    {
        _remainingBudget -= cost;
        if (_remainingBudget < 0)
        {
            throw new ValidationStoppedException(ValidationStoppedException.Aborted);
        }
    }

    private static string Abbreviate(string text) =>
        text.Length > MaxConflictDetailLength ? text[..MaxConflictDetailLength] + "..." : text;
}
