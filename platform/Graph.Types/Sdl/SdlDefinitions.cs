using Graph.Language;

namespace Graph.Types;

/// <summary>Turns SDL definition nodes into mutable builders.</summary>
internal static class SdlDefinitions
{
    public static TypeBuilder ReadType(TypeDefinitionNode node)
    {
        TypeBuilder type = node switch
        {
            ObjectTypeDefinitionNode o => WithMembers(new ObjectTypeBuilder(o.Name.Value), o.Interfaces, o.Fields),
            InterfaceTypeDefinitionNode i => WithMembers(new InterfaceTypeBuilder(i.Name.Value), i.Interfaces, i.Fields),
            UnionTypeDefinitionNode u => WithUnionMembers(new UnionTypeBuilder(u.Name.Value), u.Types),
            EnumTypeDefinitionNode e => WithValues(new EnumTypeBuilder(e.Name.Value), e.Values),
            InputObjectTypeDefinitionNode io => WithInputFields(new InputObjectTypeBuilder(io.Name.Value), io.Fields),
            ScalarTypeDefinitionNode s => new ScalarTypeBuilder(s.Name.Value),
            _ => throw new InvalidOperationException($"Unknown type definition {node.Kind}."),
        };
        type.Description = node.Description?.Value;
        type.Location = node.Location;
        type.Directives.AddRange(node.Directives.Select(DirectiveUsage.FromSyntax));
        return type;
    }

    public static DirectiveDefinitionBuilder ReadDirective(DirectiveDefinitionNode node)
    {
        var directive = new DirectiveDefinitionBuilder(node.Name.Value)
        {
            Description = node.Description?.Value,
            Location = node.Location,
            IsRepeatable = node.Repeatable,
        };
        directive.Arguments.AddRange(node.Arguments.Select(ReadInputValue));
        foreach (var location in node.Locations)
        {
            if (DirectiveLocationNames.TryParse(location.Value, out var parsed))
            {
                directive.Locations.Add(parsed);
            }
        }

        return directive;
    }

    public static T WithMembers<T>(T type, IReadOnlyList<NamedTypeNode> interfaces, IReadOnlyList<FieldDefinitionNode> fields)
        where T : ComplexTypeBuilder
    {
        type.Interfaces.AddRange(interfaces.Select(i => i.Name.Value));
        type.Fields.AddRange(fields.Select(ReadField));
        return type;
    }

    public static UnionTypeBuilder WithUnionMembers(UnionTypeBuilder union, IReadOnlyList<NamedTypeNode> types)
    {
        union.Types.AddRange(types.Select(t => t.Name.Value));
        return union;
    }

    public static EnumTypeBuilder WithValues(EnumTypeBuilder enumType, IReadOnlyList<EnumValueDefinitionNode> values)
    {
        foreach (var value in values)
        {
            var builder = new EnumValueBuilder(value.Name.Value) { Description = value.Description?.Value, Location = value.Location };
            builder.Directives.AddRange(value.Directives.Select(DirectiveUsage.FromSyntax));
            enumType.Values.Add(builder);
        }

        return enumType;
    }

    public static InputObjectTypeBuilder WithInputFields(InputObjectTypeBuilder input, IReadOnlyList<InputValueDefinitionNode> fields)
    {
        input.Fields.AddRange(fields.Select(ReadInputValue));
        return input;
    }

    private static FieldBuilder ReadField(FieldDefinitionNode node)
    {
        var field = new FieldBuilder(node.Name.Value, node.Type) { Description = node.Description?.Value, Location = node.Location };
        field.Arguments.AddRange(node.Arguments.Select(ReadInputValue));
        field.Directives.AddRange(node.Directives.Select(DirectiveUsage.FromSyntax));
        return field;
    }

    private static InputValueBuilder ReadInputValue(InputValueDefinitionNode node)
    {
        var value = new InputValueBuilder(node.Name.Value, node.Type)
        {
            Description = node.Description?.Value,
            Location = node.Location,
            DefaultValue = node.DefaultValue,
        };
        value.Directives.AddRange(node.Directives.Select(DirectiveUsage.FromSyntax));
        return value;
    }
}
