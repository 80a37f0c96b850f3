using System.Text.Encodings.Web;
using System.Text.Json;
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

    // The default resolver's getter for the last parent CLR type seen: one type per field in practice, so reading a
    // property costs a type comparison instead of a dictionary lookup keyed by (type, name).
    private PropertyGetter? _getter;

    // Whether the field is a plain leaf for the executor that last ran it (see IsPlainLeaf).
    private PlainLeafDecision? _plainLeaf;

    public FieldSelection(string responseKey, FieldNode[] nodes, OutputField field, ObjectType parentType, MetaField meta)
    {
        ResponseKey = responseKey;
        EncodedResponseKey = JsonEncodedText.Encode(responseKey, JavaScriptEncoder.UnsafeRelaxedJsonEscaping);
        Nodes = nodes;
        Field = field;
        ParentType = parentType;
        Meta = meta;
        Coordinate = parentType.Name + "." + field.Name;
        HasVariableArguments = nodes[0].Arguments.Any(a => ContainsVariable(a.Value));
        NeedsPath = !IsLeaf(field.Type);
        LeafIsNonNull = field.Type is NonNullType;
        LeafType = NeedsPath ? null : (INamedType)(field.Type is NonNullType nonNull ? nonNull.OfType : field.Type);
    }

    /// <summary>The scalar or enum type of a leaf field (Non-Null unwrapped); null for composite and list fields.</summary>
    public INamedType? LeafType { get; }

    /// <summary>Whether the field's type is Non-Null (for a leaf: null completes to a field error).</summary>
    public bool LeafIsNonNull { get; }

    /// <summary>
    /// Whether the executor builds this field's path before completing it: composite and list values extend it for
    /// their subfields and items; a leaf's path is built only for an error or a resolver asking for it.
    /// </summary>
    public bool NeedsPath { get; }

    public string ResponseKey { get; }

    /// <summary>
    /// The response key as JSON property name bytes, encoded once per operation instead of on every object written.
    /// GraphQL names need no escaping under any encoder, so this matches what the writer would produce itself.
    /// </summary>
    public JsonEncodedText EncodedResponseKey { get; }

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

    /// <summary>The default resolver (<see cref="PropertyResolver.Read"/>) for this field, with the getter cached.</summary>
    public object? ReadProperty(object? parent)
    {
        if (parent is null)
        {
            return null;
        }

        var type = parent.GetType();
        var getter = Volatile.Read(ref _getter);
        if (getter is null || getter.Type != type)
        {
            getter = new PropertyGetter(type, PropertyResolver.ReadsByKey(parent), PropertyResolver.ReadsByKey(parent) ? null : PropertyResolver.GetGetter(type, Field.Name));
            Volatile.Write(ref _getter, getter);
        }

        if (getter.ByKey)
        {
            return PropertyResolver.Read(parent, Field.Name);
        }

        return getter.Read is { } read ? read(parent) : null;
    }

    /// <summary>
    /// Whether, under <paramref name="context"/>'s executor, this field is a scalar or enum field without arguments,
    /// resolver or middleware, outside introspection, on <see cref="ParentType"/>, read by the default property
    /// resolver: ResolveFieldValue then only reads the parent's property, so the executor reads it and completes the
    /// leaf directly (no argument coercion, pipeline lookup or resolver call to go through). Decided once per executor
    /// (its pipelines and default resolver).
    /// </summary>
    public bool IsPlainLeaf(OperationContext context)
    {
        var decision = Volatile.Read(ref _plainLeaf);
        if (decision is null || !ReferenceEquals(decision.Pipelines, context.Pipelines) || !ReferenceEquals(decision.DefaultResolver, context.DefaultResolver))
        {
            decision = new PlainLeafDecision(context.Pipelines, context.DefaultResolver, DecidePlainLeaf(context));
            Volatile.Write(ref _plainLeaf, decision);
        }

        return decision.IsPlainLeaf;
    }

    // The conditions under which Executor.ResolveFieldValue reaches its property-read shortcut with no other effect.
    private bool DecidePlainLeaf(OperationContext context) =>
        Meta == MetaField.None
        && LeafType is not null
        && Field.Arguments.Count == 0
        && Field.Resolver is null
        && !(ParentType.IsBuiltIn && Introspection.IntrospectionResolvers.IsIntrospectionType(ParentType))
        && ReferenceEquals(context.DefaultResolver, PropertyResolver.Resolve)
        && context.Pipelines.Get(ParentType, Field, context.DefaultResolver) is null;

    private sealed record PlainLeafDecision(Processing.FieldPipelines Pipelines, Graph.Types.Resolvers.FieldResolver DefaultResolver, bool IsPlainLeaf);

    /// <summary>Whether values of <paramref name="type"/> are leaves once non-null (scalars and enums).</summary>
    public static bool IsLeaf(IType type) => (type is NonNullType nonNull ? nonNull.OfType : type) is ScalarType or EnumType;

    private sealed record PropertyGetter(Type Type, bool ByKey, Func<object, object?>? Read);

    private static bool ContainsVariable(ValueNode value) => value switch
    {
        VariableNode => true,
        ListValueNode list => list.Values.Any(ContainsVariable),
        ObjectValueNode obj => obj.Fields.Any(f => ContainsVariable(f.Value)),
        _ => false,
    };
}
