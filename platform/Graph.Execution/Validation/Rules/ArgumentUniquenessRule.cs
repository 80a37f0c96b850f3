using Graph.Language;

namespace Graph.Execution.Validation;

/// <summary>
/// Spec 5.4.2 Argument Uniqueness:
/// "For each {argument} in the Document: Let {argumentName} be the Name of {argument}. Let {arguments} be all
/// Arguments named {argumentName} in the Argument Set which contains {argument}. {arguments} must be the set
/// containing only {argument}." Applies to the arguments of fields and of directives.
/// </summary>
public sealed class ArgumentUniquenessRule : ValidationRule
{
    public override string Code => "ARGUMENT_UNIQUENESS";

    protected internal override bool EnterField(FieldNode node, ValidationContext context)
    {
        Check(node.Arguments, context);
        return true;
    }

    protected internal override bool EnterDirective(DirectiveNode node, ValidationContext context)
    {
        Check(node.Arguments, context);
        return true;
    }

    private void Check(IReadOnlyList<ArgumentNode> arguments, ValidationContext context)
    {
        if (arguments.Count < 2)
        {
            return;
        }

        foreach (var group in arguments.GroupBy(a => a.Name.Value, StringComparer.Ordinal))
        {
            var nodes = group.Select(a => (SyntaxNode)a.Name).ToArray();
            if (nodes.Length > 1)
            {
                Report(context, $"There can be only one argument named \"{group.Key}\".", nodes);
            }
        }
    }
}
