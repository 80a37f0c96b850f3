using Graph.Language;

namespace Graph.Fusion.Execution.Planning;

/// <summary>The names of the variables a selection set uses (arguments and directives, nested values included).</summary>
internal static class VariableCollector
{
    public static HashSet<string> Collect(SelectionSetNode set)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        SyntaxVisitor.Create().Enter(SyntaxKind.Variable, (node, _) =>
        {
            names.Add(((VariableNode)node).Name.Value);
            return VisitorAction.Continue;
        }).Visit(set);
        return names;
    }
}
