using Graph.Language;

namespace Graph.Fusion.Composition;

/// <summary>Builds the syntax node of one merged type for the client schema or (with <c>@fusion__*</c> metadata) the execution schema.</summary>
internal static class TypePrinter
{
    public static TypeDefinitionNode Print(MergedType type, MergedSchema merged, bool execution)
    {
        var name = new NameNode(type.Name);
        var directives = TypeDirectives(type, execution);
        return type.Kind switch
        {
            MergedKind.Object => new ObjectTypeDefinitionNode(name, Interfaces(type, merged, execution), directives, Fields(type, execution), type.Description),
            MergedKind.Interface => new InterfaceTypeDefinitionNode(name, Interfaces(type, merged, execution), directives, Fields(type, execution), type.Description),
            MergedKind.Union => new UnionTypeDefinitionNode(name, directives, [.. type.Related.Where(m => execution || merged.IsAccessible(m.Name)).Select(m => new NamedTypeNode(new NameNode(m.Name)))], type.Description),
            MergedKind.Enum => new EnumTypeDefinitionNode(name, directives, [.. type.Values.Where(v => execution || !v.Inaccessible).Select(v => EnumValue(v, execution))], type.Description),
            MergedKind.InputObject => new InputObjectTypeDefinitionNode(name, directives, [.. type.InputFields.Where(f => execution || !f.Inaccessible).Select(f => InputValue(f, execution))], type.Description),
            _ => new ScalarTypeDefinitionNode(name, directives, type.Description),
        };
    }

    private static IReadOnlyList<NamedTypeNode> Interfaces(MergedType type, MergedSchema merged, bool execution) =>
        [.. type.Related.Where(i => execution || merged.IsAccessible(i.Name)).Select(i => new NamedTypeNode(new NameNode(i.Name)))];

    private static IReadOnlyList<DirectiveNode> TypeDirectives(MergedType type, bool execution)
    {
        var directives = new List<DirectiveNode>(type.Directives);
        if (!execution)
        {
            return directives;
        }

        directives.AddRange(type.Schemas.Select(s => Directive("fusion__type", ("schema", Schema(s)))));
        if (type.Kind is MergedKind.Object or MergedKind.Interface)
        {
            directives.AddRange(type.Related.SelectMany(i => i.Schemas.Select(s => Directive("fusion__implements", ("schema", Schema(s)), ("interface", String(i.Name))))));
        }
        else if (type.Kind == MergedKind.Union)
        {
            directives.AddRange(type.Related.SelectMany(m => m.Schemas.Select(s => Directive("fusion__unionMember", ("schema", Schema(s)), ("member", String(m.Name))))));
        }

        foreach (var lookup in type.Lookups)
        {
            var arguments = new List<(string, ValueNode)>
            {
                ("schema", Schema(lookup.Schema)),
                ("key", String(lookup.Key)),
                ("field", String(lookup.Field)),
                ("map", new ListValueNode([.. lookup.Map.Select(m => (ValueNode)String(m))])),
            };
            if (lookup.Path is not null)
            {
                arguments.Add(("path", String(lookup.Path)));
            }

            if (lookup.Internal)
            {
                arguments.Add(("internal", new BooleanValueNode(true)));
            }

            directives.Add(Directive("fusion__lookup", [.. arguments]));
        }

        AddInaccessible(directives, type.Inaccessible);
        return directives;
    }

    private static IReadOnlyList<FieldDefinitionNode> Fields(MergedType type, bool execution) =>
        [.. type.Fields.Where(f => execution || !f.Inaccessible).Select(f => Field(f, execution))];

    private static FieldDefinitionNode Field(MergedField field, bool execution)
    {
        var directives = new List<DirectiveNode>();
        if (field.Deprecated is not null)
        {
            directives.Add(field.Deprecated);
        }

        if (execution)
        {
            foreach (var source in field.Sources)
            {
                var arguments = new List<(string, ValueNode)> { ("schema", Schema(source.Schema)) };
                if (source.SourceType is not null)
                {
                    arguments.Add(("sourceType", String(source.SourceType)));
                }

                if (source.Provides is not null)
                {
                    arguments.Add(("provides", String(source.Provides)));
                }

                if (source.Partial)
                {
                    arguments.Add(("partial", new BooleanValueNode(true)));
                }

                directives.Add(Directive("fusion__field", [.. arguments]));
            }

            directives.AddRange(field.Requirements.Select(r => Directive(
                "fusion__requires",
                ("schema", Schema(r.Schema)),
                ("requirements", String(r.Requirements)),
                ("field", String(r.Field)),
                ("map", new ListValueNode([.. r.Map.Select(m => m is null ? (ValueNode)new NullValueNode() : String(m))])))));
            AddInaccessible(directives, field.Inaccessible);
        }

        var arguments2 = field.Arguments.Where(a => execution || !a.Inaccessible).Select(a => InputValue(a, execution)).ToList();
        return new FieldDefinitionNode(new NameNode(field.Name), arguments2, field.Type, directives, field.Description);
    }

    private static InputValueDefinitionNode InputValue(MergedInputValue value, bool execution)
    {
        var directives = new List<DirectiveNode>();
        if (value.Deprecated is not null)
        {
            directives.Add(value.Deprecated);
        }

        if (execution)
        {
            foreach (var (schema, sourceType) in value.Sources)
            {
                directives.Add(sourceType is null
                    ? Directive("fusion__inputField", ("schema", Schema(schema)))
                    : Directive("fusion__inputField", ("schema", Schema(schema)), ("sourceType", String(sourceType))));
            }

            AddInaccessible(directives, value.Inaccessible);
        }

        return new InputValueDefinitionNode(new NameNode(value.Name), value.Type, value.DefaultValue, directives, value.Description);
    }

    private static EnumValueDefinitionNode EnumValue(MergedEnumValue value, bool execution)
    {
        var directives = new List<DirectiveNode>();
        if (value.Deprecated is not null)
        {
            directives.Add(value.Deprecated);
        }

        if (execution)
        {
            directives.AddRange(value.Schemas.Select(s => Directive("fusion__enumValue", ("schema", Schema(s)))));
            AddInaccessible(directives, value.Inaccessible);
        }

        return new EnumValueDefinitionNode(new NameNode(value.Name), directives, value.Description);
    }

    private static void AddInaccessible(List<DirectiveNode> directives, bool inaccessible)
    {
        if (inaccessible)
        {
            directives.Add(Directive("fusion__inaccessible"));
        }
    }

    private static EnumValueNode Schema(string name) => new(ComposedSchema.SchemaValue(name));

    private static StringValueNode String(string value) => new(value);

    private static DirectiveNode Directive(string name, params (string Name, ValueNode Value)[] arguments) =>
        new(new NameNode(name), [.. arguments.Select(a => new ArgumentNode(new NameNode(a.Name), a.Value))]);
}
