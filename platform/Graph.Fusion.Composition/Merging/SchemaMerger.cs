using Graph.Language;

namespace Graph.Fusion.Composition;

/// <summary>
/// The spec's MergeSchemas (section 4.3): merges the types of every source schema by name (scalars, objects, interfaces,
/// unions, enums, inputs), with the first non-null description, least restrictive output and most restrictive input
/// types, <c>@internal</c> members left out and <c>@inaccessible</c> members kept but flagged.
/// </summary>
internal static class SchemaMerger
{
    public static MergedSchema Merge(CompositionContext context)
    {
        var merged = new MergedSchema([.. context.Schemas.Select(s => s.Name)]);
        foreach (var name in context.TypeNames())
        {
            if (SyntaxFacts.BuiltInScalars.Contains(name) || SyntaxFacts.CompositeScalars.Contains(name))
            {
                continue;
            }

            var definitions = context.Definitions(name).ToList();
            var type = definitions[0].Type switch
            {
                ObjectTypeDefinitionNode => MergeComposite(name, MergedKind.Object, definitions, context),
                InterfaceTypeDefinitionNode => MergeComposite(name, MergedKind.Interface, definitions, context),
                UnionTypeDefinitionNode => MergeUnion(name, definitions),
                EnumTypeDefinitionNode => MergeEnum(name, definitions),
                InputObjectTypeDefinitionNode => MergeInput(name, definitions),
                _ => MergeScalar(name, definitions),
            };
            if (type is not null)
            {
                merged.Types[name] = type;
            }
        }

        LookupCollector.Collect(context, merged);
        return merged;
    }

    private static MergedType Start(string name, MergedKind kind, IEnumerable<(SourceSchema Schema, TypeDefinitionNode Type)> definitions)
    {
        var type = new MergedType(name, kind);
        foreach (var (schema, definition) in definitions)
        {
            type.Schemas.Add(schema.Name);
            type.Description ??= definition.Description;
            type.Inaccessible |= definition.IsInaccessible();
        }

        return type;
    }

    private static MergedType MergeScalar(string name, List<(SourceSchema Schema, TypeDefinitionNode Type)> definitions)
    {
        var type = Start(name, MergedKind.Scalar, definitions);
        if (definitions.Select(d => d.Type.Directive("specifiedBy")).FirstOrDefault(d => d is not null) is { } specifiedBy)
        {
            type.Directives.Add(specifiedBy);
        }

        return type;
    }

    private static MergedType? MergeComposite(string name, MergedKind kind, List<(SourceSchema Schema, TypeDefinitionNode Type)> all, CompositionContext context)
    {
        var inaccessible = all.Any(d => d.Type.IsInaccessible());
        var definitions = all.Where(d => !d.Type.IsInternal()).ToList();
        if (definitions.Count == 0)
        {
            return null;
        }

        var type = Start(name, kind, definitions);
        type.Inaccessible = inaccessible;
        foreach (var (schema, definition) in definitions)
        {
            foreach (var implemented in definition.Interfaces())
            {
                Relate(type, implemented.Name.Value, schema.Name);
            }
        }

        var fieldNames = definitions.SelectMany(d => d.Type.Fields().Select(f => f.Name.Value)).Distinct().ToList();
        foreach (var fieldName in fieldNames)
        {
            var fields = definitions.Where(d => d.Type.Field(fieldName) is not null).Select(d => (d.Schema, Field: d.Type.Field(fieldName)!)).ToList();
            var field = MergeOutputField(fields, context);
            if (field is not null)
            {
                type.Fields.Add(field);
            }
        }

        return type;
    }

    private static MergedField? MergeOutputField(List<(SourceSchema Schema, FieldDefinitionNode Field)> all, CompositionContext context)
    {
        var inaccessible = all.Any(f => f.Field.IsInaccessible());

        // @override moves the field to the overriding schema: the schema it was taken from no longer resolves it.
        var overridden = all.Select(f => f.Field.Directive("override")?.StringArgument("from")).Where(f => f is not null).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var fields = all.Where(f => !f.Field.IsInternal() && !overridden.Contains(f.Schema.Name)).ToList();
        if (fields.Count == 0)
        {
            return null;
        }

        var type = TypeMerging.LeastRestrictive(fields.Select(f => (f.Field.Type, f.Schema)).ToList(), context) ?? fields[0].Field.Type;
        var merged = new MergedField(fields[0].Field.Name.Value, type) { Inaccessible = inaccessible };
        foreach (var (schema, field) in fields)
        {
            merged.Description ??= field.Description;
            merged.Deprecated ??= field.Directive("deprecated");
            var sourceType = field.Type.Print() == type.Print() ? null : field.Type.Print();
            merged.Sources.Add(new FieldSource(schema.Name, sourceType, field.Directive("provides")?.StringArgument("fields"), field.IsExternal()));
            if (field.Arguments.Any(a => a.Has("require")))
            {
                merged.Requirements.Add(Requirement(schema, field));
            }
        }

        foreach (var argumentName in fields.SelectMany(f => f.Field.Arguments.Select(a => a.Name.Value)).Distinct())
        {
            var arguments = fields
                .Select(f => (f.Schema, Argument: f.Field.Arguments.FirstOrDefault(a => a.Name.Value == argumentName)))
                .Where(a => a.Argument is not null && !a.Argument.Has("require"))
                .Select(a => (a.Schema, Argument: a.Argument!))
                .ToList();
            if (arguments.Count != fields.Count)
            {
                continue;
            }

            merged.Arguments.Add(MergeInputValue(arguments));
        }

        return merged;
    }

    private static FieldRequirement Requirement(SourceSchema schema, FieldDefinitionNode field)
    {
        var maps = field.Arguments.Select(a => a.Directive("require")?.StringArgument("field")).ToList();
        var paths = maps.Where(m => m is not null).SelectMany(m => FieldSelectionMap.TryParse(m!, out var parsed) ? parsed!.AllPaths() : []);
        return new FieldRequirement(schema.Name, SelectionText.FromPaths(paths), FieldDefinitionText.Print(field), maps);
    }

    private static MergedInputValue MergeInputValue(List<(SourceSchema Schema, InputValueDefinitionNode Value)> values)
    {
        var type = values[0].Value.Type;
        foreach (var (_, value) in values.Skip(1))
        {
            type = TypeMerging.MostRestrictive(type, value.Type) ?? type;
        }

        var merged = new MergedInputValue(values[0].Value.Name.Value, type);
        foreach (var (schema, value) in values)
        {
            merged.Description ??= value.Description;
            merged.DefaultValue ??= value.DefaultValue;
            merged.Deprecated ??= value.Directive("deprecated");
            merged.Inaccessible |= value.IsInaccessible();
            merged.Sources.Add((schema.Name, value.Type.Print() == type.Print() ? null : value.Type.Print()));
        }

        return merged;
    }

    private static MergedType MergeUnion(string name, List<(SourceSchema Schema, TypeDefinitionNode Type)> definitions)
    {
        var type = Start(name, MergedKind.Union, definitions);
        foreach (var (schema, definition) in definitions)
        {
            foreach (var member in ((UnionTypeDefinitionNode)definition).Types)
            {
                if (schema.Type(member.Name.Value) is not { } memberType || !memberType.IsInternal())
                {
                    Relate(type, member.Name.Value, schema.Name);
                }
            }
        }

        return type;
    }

    private static MergedType MergeEnum(string name, List<(SourceSchema Schema, TypeDefinitionNode Type)> definitions)
    {
        var type = Start(name, MergedKind.Enum, definitions);
        foreach (var (schema, definition) in definitions)
        {
            foreach (var value in ((EnumTypeDefinitionNode)definition).Values)
            {
                var merged = type.Values.Find(v => v.Name == value.Name.Value);
                if (merged is null)
                {
                    merged = new MergedEnumValue(value.Name.Value);
                    type.Values.Add(merged);
                }

                merged.Schemas.Add(schema.Name);
                merged.Description ??= value.Description;
                merged.Deprecated ??= value.Directive("deprecated");
                merged.Inaccessible |= value.IsInaccessible();
            }
        }

        return type;
    }

    private static MergedType MergeInput(string name, List<(SourceSchema Schema, TypeDefinitionNode Type)> definitions)
    {
        var type = Start(name, MergedKind.InputObject, definitions);
        if (definitions.Select(d => d.Type.Directive("oneOf")).FirstOrDefault(d => d is not null) is { } oneOf)
        {
            type.Directives.Add(oneOf);
        }

        var inputs = definitions.Select(d => (d.Schema, Input: (InputObjectTypeDefinitionNode)d.Type)).ToList();
        foreach (var fieldName in inputs.SelectMany(i => i.Input.Fields.Select(f => f.Name.Value)).Distinct())
        {
            var fields = inputs
                .Select(i => (i.Schema, Value: i.Input.Fields.FirstOrDefault(f => f.Name.Value == fieldName)!))
                .Where(f => f.Value is not null)
                .ToList();
            if (fields.Count == inputs.Count)
            {
                type.InputFields.Add(MergeInputValue(fields));
            }
        }

        return type;
    }

    private static void Relate(MergedType type, string related, string schema)
    {
        var index = type.Related.FindIndex(r => r.Name == related);
        if (index < 0)
        {
            type.Related.Add((related, [schema]));
        }
        else if (!type.Related[index].Schemas.Contains(schema))
        {
            type.Related[index].Schemas.Add(schema);
        }
    }
}
