namespace Graph.Language;

public abstract partial class SyntaxRewriter
{
    private SyntaxNode RewriteTypeSystem(SyntaxNode node, ref bool c) => node switch
    {
        SchemaDefinitionNode n => n with
        {
            Description = Optional(n.Description, ref c),
            Directives = List(n.Directives, ref c),
            OperationTypes = List(n.OperationTypes, ref c),
        },
        OperationTypeDefinitionNode n => n with { Type = Required(n.Type, ref c) },
        ScalarTypeDefinitionNode n => n with
        {
            Description = Optional(n.Description, ref c),
            Name = Required(n.Name, ref c),
            Directives = List(n.Directives, ref c),
        },
        ObjectTypeDefinitionNode n => n with
        {
            Description = Optional(n.Description, ref c),
            Name = Required(n.Name, ref c),
            Interfaces = List(n.Interfaces, ref c),
            Directives = List(n.Directives, ref c),
            Fields = List(n.Fields, ref c),
        },
        InterfaceTypeDefinitionNode n => n with
        {
            Description = Optional(n.Description, ref c),
            Name = Required(n.Name, ref c),
            Interfaces = List(n.Interfaces, ref c),
            Directives = List(n.Directives, ref c),
            Fields = List(n.Fields, ref c),
        },
        FieldDefinitionNode n => n with
        {
            Description = Optional(n.Description, ref c),
            Name = Required(n.Name, ref c),
            Arguments = List(n.Arguments, ref c),
            Type = Required(n.Type, ref c),
            Directives = List(n.Directives, ref c),
        },
        InputValueDefinitionNode n => n with
        {
            Description = Optional(n.Description, ref c),
            Name = Required(n.Name, ref c),
            Type = Required(n.Type, ref c),
            DefaultValue = Optional(n.DefaultValue, ref c),
            Directives = List(n.Directives, ref c),
        },
        UnionTypeDefinitionNode n => n with
        {
            Description = Optional(n.Description, ref c),
            Name = Required(n.Name, ref c),
            Directives = List(n.Directives, ref c),
            Types = List(n.Types, ref c),
        },
        EnumTypeDefinitionNode n => n with
        {
            Description = Optional(n.Description, ref c),
            Name = Required(n.Name, ref c),
            Directives = List(n.Directives, ref c),
            Values = List(n.Values, ref c),
        },
        EnumValueDefinitionNode n => n with
        {
            Description = Optional(n.Description, ref c),
            Name = Required(n.Name, ref c),
            Directives = List(n.Directives, ref c),
        },
        InputObjectTypeDefinitionNode n => n with
        {
            Description = Optional(n.Description, ref c),
            Name = Required(n.Name, ref c),
            Directives = List(n.Directives, ref c),
            Fields = List(n.Fields, ref c),
        },
        DirectiveDefinitionNode n => n with
        {
            Description = Optional(n.Description, ref c),
            Name = Required(n.Name, ref c),
            Arguments = List(n.Arguments, ref c),
            Locations = List(n.Locations, ref c),
        },
        SchemaExtensionNode n => n with { Directives = List(n.Directives, ref c), OperationTypes = List(n.OperationTypes, ref c) },
        ScalarTypeExtensionNode n => n with { Name = Required(n.Name, ref c), Directives = List(n.Directives, ref c) },
        ObjectTypeExtensionNode n => n with
        {
            Name = Required(n.Name, ref c),
            Interfaces = List(n.Interfaces, ref c),
            Directives = List(n.Directives, ref c),
            Fields = List(n.Fields, ref c),
        },
        InterfaceTypeExtensionNode n => n with
        {
            Name = Required(n.Name, ref c),
            Interfaces = List(n.Interfaces, ref c),
            Directives = List(n.Directives, ref c),
            Fields = List(n.Fields, ref c),
        },
        UnionTypeExtensionNode n => n with
        {
            Name = Required(n.Name, ref c),
            Directives = List(n.Directives, ref c),
            Types = List(n.Types, ref c),
        },
        EnumTypeExtensionNode n => n with
        {
            Name = Required(n.Name, ref c),
            Directives = List(n.Directives, ref c),
            Values = List(n.Values, ref c),
        },
        InputObjectTypeExtensionNode n => n with
        {
            Name = Required(n.Name, ref c),
            Directives = List(n.Directives, ref c),
            Fields = List(n.Fields, ref c),
        },
        _ => throw new ArgumentException($"Unknown syntax node {node.GetType().Name}.", nameof(node)),
    };
}
