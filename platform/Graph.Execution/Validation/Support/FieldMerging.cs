using System.Runtime.CompilerServices;
using System.Text;
using Graph.Language;
using Graph.Types;

namespace Graph.Execution.Validation;

/// <summary>A field selection with the type it is selected on and its definition there (null when unknown).</summary>
internal sealed class FieldDetails(INamedType? parentType, FieldNode node, OutputField? definition)
{
    public INamedType? ParentType { get; } = parentType;

    public FieldNode Node { get; } = node;

    public OutputField? Definition { get; } = definition;

    /// <summary>No arguments and no sub-selections: two such selections of the same field never conflict.</summary>
    public bool IsSimpleLeaf { get; } = node.Arguments.Count == 0 && node.SelectionSet is null;
}

/// <summary>
/// The fields of a selection set grouped by response name (visiting inline fragments), and the fragment spreads found
/// on the way; the unit the FieldsInSetCanMerge algorithm compares (spec 5.3.2).
/// </summary>
internal sealed class CollectedFields
{
    private readonly Dictionary<string, List<FieldDetails>> _byName = new(StringComparer.Ordinal);

    public List<KeyValuePair<string, List<FieldDetails>>> Groups { get; } = [];

    public List<FragmentSpreadNode> Spreads { get; } = [];

    /// <summary>Distinct fragments spread here (filled on first use).</summary>
    public List<FragmentDefinitionNode>? Fragments { get; set; }

    /// <summary>Response names shared with another collected set, by that set (filled on first use).</summary>
    public Dictionary<CollectedFields, List<(string Name, List<FieldDetails> Fields1, List<FieldDetails> Fields2)>> Overlaps { get; } = [];

    public List<FieldDetails>? Find(string responseName) => _byName.GetValueOrDefault(responseName);

    public void Add(string responseName, FieldDetails field)
    {
        if (!_byName.TryGetValue(responseName, out var fields))
        {
            fields = [];
            _byName[responseName] = fields;
            Groups.Add(new(responseName, fields));
        }

        fields.Add(field);
    }
}

/// <summary>Two selections of one response name that cannot merge, with the reason and the nodes involved.</summary>
internal sealed record FieldConflict(string ResponseName, string Reason, List<FieldNode> Fields1, List<FieldNode> Fields2);

/// <summary>
/// Pairs already compared, with whether they were compared as mutually exclusive: a pair compared as not mutually
/// exclusive also answers for the mutually exclusive comparison, not the other way round (graphql-js PairSet).
/// </summary>
internal sealed class ComparedPairs(bool ordered)
{
    private readonly Dictionary<object, Dictionary<object, bool>> _data = new(ReferenceEqualityComparer.Instance);

    public bool Has(object a, object b, bool areMutuallyExclusive) =>
        HasOrdered(a, b, areMutuallyExclusive) || (!ordered && HasOrdered(b, a, areMutuallyExclusive));

    public void Add(object a, object b, bool areMutuallyExclusive)
    {
        if (!_data.TryGetValue(a, out var map))
        {
            map = new Dictionary<object, bool>(ReferenceEqualityComparer.Instance);
            _data[a] = map;
        }

        map[b] = areMutuallyExclusive;
    }

    private bool HasOrdered(object a, object b, bool areMutuallyExclusive) =>
        _data.TryGetValue(a, out var map) && map.TryGetValue(b, out var stored) && (areMutuallyExclusive || !stored);
}

/// <summary>Cache key of a selection set collected on a given parent type (both by reference).</summary>
internal readonly record struct SelectionSetKey(INamedType? ParentType, SelectionSetNode SelectionSet)
{
    public bool Equals(SelectionSetKey other) =>
        ReferenceEquals(ParentType, other.ParentType) && ReferenceEquals(SelectionSet, other.SelectionSet);

    public override int GetHashCode() =>
        HashCode.Combine(ParentType is null ? 0 : RuntimeHelpers.GetHashCode(ParentType), RuntimeHelpers.GetHashCode(SelectionSet));
}

/// <summary>
/// A canonical text for an argument value: equal texts for equal values, object fields in name order (graphql-js
/// compares <c>JSON.stringify</c> of the value the same way; block and quoted strings differ, as there).
/// </summary>
internal static class ValueKeys
{
    public static string Of(ValueNode value)
    {
        var builder = new StringBuilder();
        Append(builder, value);
        return builder.ToString();
    }

    private static void Append(StringBuilder builder, ValueNode value)
    {
        switch (value)
        {
            case VariableNode variable:
                builder.Append("$").Append(variable.Name.Value).Append(';');
                break;
            case IntValueNode i:
                builder.Append("i").Append(i.Value).Append(';');
                break;
            case FloatValueNode f:
                builder.Append("f").Append(f.Value).Append(';');
                break;
            case StringValueNode s:
                builder.Append(s.Block ? "B" : "S").Append(s.Value.Length).Append(':').Append(s.Value);
                break;
            case BooleanValueNode b:
                builder.Append(b.Value ? "T" : "F");
                break;
            case NullValueNode:
                builder.Append('N');
                break;
            case EnumValueNode e:
                builder.Append("e").Append(e.Value).Append(';');
                break;
            case ListValueNode list:
                builder.Append('[');
                foreach (var item in list.Values)
                {
                    Append(builder, item);
                }

                builder.Append(']');
                break;
            case ObjectValueNode obj:
                builder.Append('{');
                foreach (var field in obj.Fields.OrderBy(f => f.Name.Value, StringComparer.Ordinal))
                {
                    builder.Append(field.Name.Value).Append(':');
                    Append(builder, field.Value);
                }

                builder.Append('}');
                break;
        }
    }
}
