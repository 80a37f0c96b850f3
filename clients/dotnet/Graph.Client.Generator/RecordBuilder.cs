using Graph.Language;
using Graph.Types;

namespace Graph.Client.Generator;

/// <summary>
/// Turns an operation's selection sets into result records. A field of object type becomes a record named after
/// its path (<c>PlaceOrder_Checkout_Order</c>); a field of abstract type whose selection has type-specific
/// fragments becomes a polymorphic base record with one derived record per concrete type that selects more
/// (distinguished by <c>__typename</c>). Enums met on the way are reported to <see cref="UsedEnums"/>.
/// </summary>
internal sealed class RecordBuilder(Schema schema, FieldCollector collector, HashSet<string> typeNames)
{
    public SortedSet<string> UsedEnums { get; } = new(StringComparer.Ordinal);

    public List<RecordModel> Records { get; } = [];

    public RecordModel BuildRoot(string operationName, ObjectType rootType, SelectionSetNode selectionSet)
    {
        var record = NewRecord(operationName + "Result", rootType.Name, "");
        AddProperties(record, operationName, collector.ForObject(rootType, rootType, [selectionSet]), "", skipTypename: false);
        return record;
    }

    private RecordModel Build(string name, INamedType type, IReadOnlyList<SelectionSetNode> sets, string path)
    {
        if (type is ObjectType objectType)
        {
            var record = NewRecord(name, type.Name, path);
            AddProperties(record, name, collector.ForObject(type, objectType, sets), path, skipTypename: false);
            record.Fragments.AddRange(collector.SpreadFragments(objectType, sets));
            return record;
        }

        var baseFields = collector.ForAbstract(type, sets);
        var baseKeys = baseFields.Select(f => f.ResponseKey).ToHashSet(StringComparer.Ordinal);
        var specific = new List<(ObjectType Type, List<FieldGroup> Extra)>();
        foreach (var possible in schema.GetPossibleTypes(type))
        {
            var extra = collector.ForObject(type, possible, sets).Where(f => !baseKeys.Contains(f.ResponseKey)).ToList();
            if (extra.Count > 0)
            {
                specific.Add((possible, extra));
            }
        }

        var baseRecord = NewRecord(name, type.Name, path);
        var polymorphic = specific.Count > 0;
        AddProperties(baseRecord, name, baseFields, path, skipTypename: polymorphic);
        foreach (var (possible, extra) in specific)
        {
            var derived = NewRecord(name + "_" + possible.Name, possible.Name, path);
            derived.Base = baseRecord;
            derived.Fragments.AddRange(collector.SpreadFragments(possible, sets));
            AddProperties(derived, derived.Name, extra, path, skipTypename: true);
            baseRecord.Derived.Add((possible.Name, derived));
        }

        return baseRecord;
    }

    private void AddProperties(RecordModel record, string prefix, List<FieldGroup> fields, string path, bool skipTypename)
    {
        foreach (var field in fields)
        {
            // In a polymorphic record __typename is the discriminator the serializer consumes, not a property.
            if (skipTypename && field.Definition is null)
            {
                continue;
            }

            var named = field.Type.NamedType();
            var fieldPath = path.Length == 0 ? field.ResponseKey : path + "." + field.ResponseKey;
            string namedText;
            if (named is ObjectType or InterfaceType or UnionType)
            {
                var sets = field.Nodes.Where(n => n.SelectionSet is not null).Select(n => n.SelectionSet!).ToList();
                namedText = Build(prefix + "_" + CSharpNames.Pascal(field.ResponseKey), named, sets, fieldPath).Name;
            }
            else
            {
                if (named is EnumType)
                {
                    UsedEnums.Add(named.Name);
                }

                namedText = TypeMapper.Leaf(named);
            }

            record.Properties.Add(new PropertyModel(
                CSharpNames.Pascal(field.ResponseKey),
                field.ResponseKey,
                TypeMapper.Wrap(field.Type, namedText, forceNullable: field.Conditional),
                Required: !field.Conditional,
                field.Definition?.Description));
        }
    }

    /// <summary>
    /// The interface of each fragment: the fragment's own unconditional fields of leaf type (object fields have a
    /// different record per operation, so they are left out).
    /// </summary>
    public List<FragmentInterfaceModel> FragmentInterfaces(IEnumerable<FragmentDefinitionNode> fragments)
    {
        var interfaces = new List<FragmentInterfaceModel>();
        foreach (var fragment in fragments)
        {
            if (schema.FindType(fragment.TypeCondition.Name.Value) is not IComplexType type)
            {
                continue;
            }

            var properties = new List<PropertyModel>();
            foreach (var field in fragment.SelectionSet.Selections.OfType<FieldNode>())
            {
                if (field.Directives.Any(d => d.Name.Value is "skip" or "include") || !type.Fields.TryGet(field.Name.Value, out var definition)
                    || definition.Type.NamedType() is not (ScalarType or EnumType) || properties.Any(p => p.JsonName == field.ResponseKey))
                {
                    continue;
                }

                properties.Add(new PropertyModel(CSharpNames.Pascal(field.ResponseKey), field.ResponseKey,
                    TypeMapper.Wrap(definition.Type, TypeMapper.Leaf(definition.Type.NamedType())), Required: true, definition.Description));
            }

            if (properties.Count > 0)
            {
                var name = NewName("I" + CSharpNames.Pascal(fragment.Name.Value));
                interfaces.Add(new FragmentInterfaceModel(fragment.Name.Value, name, type.Name, properties));
            }
        }

        return interfaces;
    }

    private string NewName(string name)
    {
        var unique = name;
        for (var i = 2; !typeNames.Add(unique); i++)
        {
            unique = name + i;
        }

        return unique;
    }

    private RecordModel NewRecord(string name, string schemaType, string path)
    {
        var record = new RecordModel(NewName(name), schemaType, path);
        Records.Add(record);
        return record;
    }
}
