using Graph.Language;

namespace Graph.Execution.Validation;

/// <summary>
/// Spec 5.7.3 Directives Are Unique per Location:
/// "For every {location} in the document for which Directives can apply: Let {directives} be the set of Directives
/// which apply to {location} and are not repeatable. For each {directive} in {directives}: Let {directiveName} be the
/// name of {directive}. Let {namedDirectives} be the set of all Directives named {directiveName} in {directives}.
/// {namedDirectives} must be a set of one." Repeatable directives may appear several times.
/// </summary>
public sealed class DirectivesAreUniquePerLocationRule : ValidationRule
{
    public override string Code => "DIRECTIVES_ARE_UNIQUE_PER_LOCATION";

    protected internal override bool EnterOperation(OperationDefinitionNode node, ValidationContext context) => Check(node.Directives, context);

    protected internal override bool EnterVariableDefinition(VariableDefinitionNode node, ValidationContext context) => Check(node.Directives, context);

    protected internal override bool EnterField(FieldNode node, ValidationContext context) => Check(node.Directives, context);

    protected internal override bool EnterFragmentSpread(FragmentSpreadNode node, ValidationContext context) => Check(node.Directives, context);

    protected internal override bool EnterInlineFragment(InlineFragmentNode node, ValidationContext context) => Check(node.Directives, context);

    protected internal override bool EnterFragmentDefinition(FragmentDefinitionNode node, ValidationContext context) => Check(node.Directives, context);

    private bool Check(IReadOnlyList<DirectiveNode> directives, ValidationContext context)
    {
        if (directives.Count < 2)
        {
            return true;
        }

        var seen = new Dictionary<string, DirectiveNode>(StringComparer.Ordinal);
        foreach (var directive in directives)
        {
            var name = directive.Name.Value;
            if (context.Schema.FindDirective(name) is not { IsRepeatable: false })
            {
                continue;
            }

            if (seen.TryGetValue(name, out var first))
            {
                Report(context, $"The directive \"@{name}\" can only be used once at this location.", first, directive);
            }
            else
            {
                seen[name] = directive;
            }
        }

        return true;
    }
}
