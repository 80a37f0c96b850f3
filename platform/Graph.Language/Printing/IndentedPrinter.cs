using static Graph.Language.PrintBuffers;

namespace Graph.Language;

/// <summary>
/// Prints a tree exactly as graphql-js 17's <c>print()</c> does: two-space indentation, arguments
/// wrapped past 80 columns, block strings and descriptions kept as written.
/// </summary>
internal static partial class IndentedPrinter
{
    public static string Print(SyntaxNode node) => Reduce(node).Render();

    private static PrintBuffer Reduce(SyntaxNode? node) => node switch
    {
        null => PrintBuffer.Empty,
        NameNode n => Text(n.Value),
        VariableNode n => Join([Text("$"), Reduce(n.Name)]),
        DocumentNode n => Join(All(n.Definitions), "\n\n"),
        OperationDefinitionNode n => OperationDefinition(n),
        VariableDefinitionNode n => Join(
        [
            Wrap(string.Empty, Reduce(n.Description), "\n"),
            Reduce(n.Variable),
            Text(": "),
            Reduce(n.Type),
            Wrap(" = ", Reduce(n.DefaultValue)),
            Wrap(" ", Join(All(n.Directives), " ")),
        ]),
        SelectionSetNode n => n.Selections.Count == 0 ? Text("{}") : Block(All(n.Selections)),
        FieldNode n => Field(n),
        ArgumentNode n => Join([Reduce(n.Name), Text(": "), Reduce(n.Value)]),
        FragmentSpreadNode n => Join([Text("..."), Reduce(n.Name), Wrap(" ", Join(All(n.Directives), " "))]),
        InlineFragmentNode n => Join(
            [Text("..."), Wrap("on ", Reduce(n.TypeCondition)), Join(All(n.Directives), " "), Reduce(n.SelectionSet)],
            " "),
        FragmentDefinitionNode n => Join(
        [
            Wrap(string.Empty, Reduce(n.Description), "\n"),
            Text("fragment "),
            Reduce(n.Name),
            Text(" on "),
            Reduce(n.TypeCondition),
            Text(" "),
            Wrap(string.Empty, Join(All(n.Directives), " "), " "),
            Reduce(n.SelectionSet),
        ]),
        IntValueNode n => Text(n.Value),
        FloatValueNode n => Text(n.Value),
        StringValueNode n => n.Block
            ? new PrintBuffer(StringPrinter.PrintBlockString(n.Value), isBlockString: true)
            : new PrintBuffer(StringPrinter.PrintString(n.Value)),
        BooleanValueNode n => Text(n.Value ? "true" : "false"),
        NullValueNode => Text("null"),
        EnumValueNode n => Text(n.Value),
        ListValueNode n => ListValue(n),
        ObjectValueNode n => ObjectValue(n),
        ObjectFieldNode n => Join([Reduce(n.Name), Text(": "), Reduce(n.Value)]),
        DirectiveNode n => Join([Text("@"), Reduce(n.Name), Wrap("(", Join(All(n.Arguments), ", "), ")")]),
        NamedTypeNode n => Reduce(n.Name),
        ListTypeNode n => Join([Text("["), Reduce(n.Type), Text("]")]),
        NonNullTypeNode n => Join([Reduce(n.Type), Text("!")]),
        SchemaCoordinateNode n => Text(SchemaCoordinatePrinter.Print(n)),
        _ => TypeSystem(node),
    };

    private static PrintBuffer[] All<T>(IReadOnlyList<T> nodes)
        where T : SyntaxNode
    {
        if (nodes.Count == 0)
        {
            return [];
        }

        var result = new PrintBuffer[nodes.Count];
        for (var i = 0; i < result.Length; i++)
        {
            result[i] = Reduce(nodes[i]);
        }

        return result;
    }

    private static PrintBuffer OperationDefinition(OperationDefinitionNode n)
    {
        var variables = All(n.VariableDefinitions);
        var variableDefinitions = HasMultilineItems(variables)
            ? Wrap("(\n", Join(variables, "\n"), "\n)")
            : Wrap("(", Join(variables, ", "), ")");
        var keyword = n.Operation.ToKeyword();
        var prefix = Join(
        [
            Wrap(string.Empty, Reduce(n.Description), "\n"),
            Join([Text(keyword), Join([Reduce(n.Name), variableDefinitions]), Join(All(n.Directives), " ")], " "),
        ]);
        var shorthand = n.Operation == OperationType.Query && prefix.Length == keyword.Length;
        return Join([shorthand ? PrintBuffer.Empty : Join([prefix, Text(" ")]), Reduce(n.SelectionSet)]);
    }

    private static PrintBuffer Field(FieldNode n)
    {
        var prefix = Join([Wrap(string.Empty, Reduce(n.Alias), ": "), Reduce(n.Name)]);
        return Join(
        [
            WrappedLineAndArguments(prefix, All(n.Arguments)),
            Wrap(" ", Join(All(n.Directives), " ")),
            Wrap(" ", Reduce(n.SelectionSet)),
        ]);
    }

    private static PrintBuffer WrappedLineAndArguments(PrintBuffer prefix, PrintBuffer[] arguments)
    {
        if (arguments.Length == 0)
        {
            return prefix;
        }

        var wrapped = prefix.Length + JoinedLength(arguments, ", ") + 2 > MaxLineLength
            ? Wrap("(\n", Join(arguments, "\n").Indent(), "\n)")
            : Wrap("(", Join(arguments, ", "), ")");
        return Join([prefix, wrapped]);
    }

    private static PrintBuffer ListValue(ListValueNode n)
    {
        var values = All(n.Values);
        if (2 + JoinedLength(values, ", ") > MaxLineLength)
        {
            return Wrap("[\n", Join(values, "\n").Indent(), "\n]");
        }

        return Join([Text("["), Join(values, ", "), Text("]")]);
    }

    private static PrintBuffer ObjectValue(ObjectValueNode n)
    {
        var fields = All(n.Fields);
        return 4 + JoinedLength(fields, ", ") > MaxLineLength
            ? Block(fields)
            : Join([Text("{ "), Join(fields, ", "), Text(" }")]);
    }
}
