using Graph.Language;

namespace Graph.Execution.Validation;

/// <summary>
/// Spec 5.7.1 Directives Are Defined:
/// "For every {directive} in a document: Let {directiveName} be the name of {directive}. Let {directiveDefinition} be
/// the directive named {directiveName}. {directiveDefinition} must exist."
/// </summary>
public sealed class DirectivesAreDefinedRule : ValidationRule
{
    public override string Code => "DIRECTIVES_ARE_DEFINED";

    protected internal override bool EnterDirective(DirectiveNode node, ValidationContext context)
    {
        if (context.Schema.FindDirective(node.Name.Value) is null)
        {
            Report(context, $"Unknown directive \"@{node.Name.Value}\".", node);
        }

        return true;
    }
}
