using static Graph.Language.PrintBuffers;

namespace Graph.Language;

internal static partial class IndentedPrinter
{
    private static PrintBuffer TypeSystem(SyntaxNode node) => node switch
    {
        SchemaDefinitionNode n => Described(
            n.Description,
            Join([Text("schema"), Join(All(n.Directives), " "), Block(All(n.OperationTypes))], " ")),
        OperationTypeDefinitionNode n => Join([Text(n.Operation.ToKeyword()), Text(": "), Reduce(n.Type)]),
        ScalarTypeDefinitionNode n => Described(
            n.Description,
            Join([Text("scalar"), Reduce(n.Name), Join(All(n.Directives), " ")], " ")),
        ObjectTypeDefinitionNode n => Described(
            n.Description,
            Join([Text("type"), Reduce(n.Name), Implements(n.Interfaces), Join(All(n.Directives), " "), Block(All(n.Fields))], " ")),
        FieldDefinitionNode n => Join(
        [
            Wrap(string.Empty, Reduce(n.Description), "\n"),
            Reduce(n.Name),
            ArgumentDefinitions(n.Arguments),
            Text(": "),
            Reduce(n.Type),
            Wrap(" ", Join(All(n.Directives), " ")),
        ]),
        InputValueDefinitionNode n => Join(
        [
            Wrap(string.Empty, Reduce(n.Description), "\n"),
            Reduce(n.Name),
            Text(": "),
            Reduce(n.Type),
            Wrap(" = ", Reduce(n.DefaultValue)),
            Wrap(" ", Join(All(n.Directives), " ")),
        ]),
        InterfaceTypeDefinitionNode n => Described(
            n.Description,
            Join([Text("interface"), Reduce(n.Name), Implements(n.Interfaces), Join(All(n.Directives), " "), Block(All(n.Fields))], " ")),
        UnionTypeDefinitionNode n => Described(
            n.Description,
            Join([Text("union"), Reduce(n.Name), Join(All(n.Directives), " "), Wrap("= ", Join(All(n.Types), " | "))], " ")),
        EnumTypeDefinitionNode n => Described(
            n.Description,
            Join([Text("enum"), Reduce(n.Name), Join(All(n.Directives), " "), Block(All(n.Values))], " ")),
        EnumValueDefinitionNode n => Described(n.Description, Join([Reduce(n.Name), Join(All(n.Directives), " ")], " ")),
        InputObjectTypeDefinitionNode n => Described(
            n.Description,
            Join([Text("input"), Reduce(n.Name), Join(All(n.Directives), " "), Block(All(n.Fields))], " ")),
        DirectiveDefinitionNode n => Join(
        [
            Wrap(string.Empty, Reduce(n.Description), "\n"),
            Text("directive @"),
            Reduce(n.Name),
            ArgumentDefinitions(n.Arguments),
            Text(n.Repeatable ? " repeatable" : string.Empty),
            Text(" on "),
            Join(All(n.Locations), " | "),
        ]),
        SchemaExtensionNode n => Join(
            [Text("extend schema"), Join(All(n.Directives), " "), Block(All(n.OperationTypes))], " "),
        ScalarTypeExtensionNode n => Join([Text("extend scalar"), Reduce(n.Name), Join(All(n.Directives), " ")], " "),
        ObjectTypeExtensionNode n => Join(
            [Text("extend type"), Reduce(n.Name), Implements(n.Interfaces), Join(All(n.Directives), " "), Block(All(n.Fields))], " "),
        InterfaceTypeExtensionNode n => Join(
            [Text("extend interface"), Reduce(n.Name), Implements(n.Interfaces), Join(All(n.Directives), " "), Block(All(n.Fields))], " "),
        UnionTypeExtensionNode n => Join(
            [Text("extend union"), Reduce(n.Name), Join(All(n.Directives), " "), Wrap("= ", Join(All(n.Types), " | "))], " "),
        EnumTypeExtensionNode n => Join(
            [Text("extend enum"), Reduce(n.Name), Join(All(n.Directives), " "), Block(All(n.Values))], " "),
        InputObjectTypeExtensionNode n => Join(
            [Text("extend input"), Reduce(n.Name), Join(All(n.Directives), " "), Block(All(n.Fields))], " "),
        _ => throw new ArgumentException($"Unknown syntax node {node.GetType().Name}.", nameof(node)),
    };

    private static PrintBuffer Described(StringValueNode? description, PrintBuffer definition) =>
        Join([Wrap(string.Empty, Reduce(description), "\n"), definition]);

    private static PrintBuffer Implements(IReadOnlyList<NamedTypeNode> interfaces) =>
        Wrap("implements ", Join(All(interfaces), " & "));

    private static PrintBuffer ArgumentDefinitions(IReadOnlyList<InputValueDefinitionNode> arguments)
    {
        var printed = All(arguments);
        return HasMultilineItems(printed)
            ? Wrap("(\n", Join(printed, "\n").Indent(), "\n)")
            : Wrap("(", Join(printed, ", "), ")");
    }
}
