using Graph.Execution.Coercion;
using Graph.Language;
using Graph.Types;

namespace Graph.Execution;

/// <summary>The meta-fields of spec 4.2 the executor answers itself.</summary>
internal enum MetaField
{
    None,
    TypeName,
    Schema,
    Type,
}

/// <summary>
/// One entry of a collected fields map (spec 6.3.2 CollectFields): a response key, the field nodes merged under it,
/// the field definition on the parent object type, and, computed once, its literal arguments and the collected
/// subfields for each runtime object type (spec 6.4.3 CollectSubfields).
/// </summary>
internal sealed class FieldSelection
{
    private readonly object _gate = new();
    private ObjectType? _singleSubfieldsType;
    private FieldSelection[]? _singleSubfields;
    private Dictionary<ObjectType, FieldSelection[]>? _subfields;
    private IReadOnlyDictionary<string, object?>? _constantArguments;

    public FieldSelection(string responseKey, FieldNode[] nodes, OutputField field, ObjectType parentType, MetaField meta)
    {
        ResponseKey = responseKey;
        Nodes = nodes;
        Field = field;
        ParentType = parentType;
        Meta = meta;
        Coordinate = parentType.Name + "." + field.Name;
        HasVariableArguments = nodes[0].Arguments.Any(a => ContainsVariable(a.Value));
    }

    public string ResponseKey { get; }

    public FieldNode[] Nodes { get; }

    public FieldNode Node => Nodes[0];

    public OutputField Field { get; }

    public ObjectType ParentType { get; }

    public MetaField Meta { get; }

    /// <summary><c>Parent.field</c> of the object type the field was collected on, for messages.</summary>
    public string Coordinate { get; }

    public bool HasVariableArguments { get; }

    /// <summary>CoerceArgumentValues (spec 6.4.1); computed once when the arguments hold no variables.</summary>
    public IReadOnlyDictionary<string, object?> CoerceArguments(VariableValues variables)
    {
        if (HasVariableArguments)
        {
            return ArgumentCoercion.CoerceArgumentValues(Field.Arguments, Node.Arguments, Node, variables);
        }

        return _constantArguments ??= ArgumentCoercion.CoerceArgumentValues(Field.Arguments, Node.Arguments, Node, VariableValues.Empty);
    }

    /// <summary>The subfields for values of <paramref name="objectType"/>, collected once per runtime type.</summary>
    public FieldSelection[] GetSubfields(ObjectType objectType, FieldCollector collector)
    {
        if (ReferenceEquals(Volatile.Read(ref _singleSubfieldsType), objectType))
        {
            return _singleSubfields!;
        }

        lock (_gate)
        {
            if (ReferenceEquals(_singleSubfieldsType, objectType))
            {
                return _singleSubfields!;
            }

            if (_subfields is not null && _subfields.TryGetValue(objectType, out var cached))
            {
                return cached;
            }

            var collected = collector.CollectSubfields(objectType, Nodes);
            if (_singleSubfieldsType is null)
            {
                _singleSubfields = collected;
                Volatile.Write(ref _singleSubfieldsType, objectType);
            }
            else
            {
                (_subfields ??= [])[objectType] = collected;
            }

            return collected;
        }
    }

    private static bool ContainsVariable(ValueNode value) => value switch
    {
        VariableNode => true,
        ListValueNode list => list.Values.Any(ContainsVariable),
        ObjectValueNode obj => obj.Fields.Any(f => ContainsVariable(f.Value)),
        _ => false,
    };
}
