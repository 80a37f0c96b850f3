using Graph.Language;

namespace Graph.Execution.Validation;

/// <summary>
/// Spec 5.5.1.2 Fragment Spread Type Existence:
/// "For each named spread {namedSpread} in the document: Let {fragment} be the target of {namedSpread}. The target
/// type of {fragment} must be defined in the schema." Inline fragments' type conditions are checked the same way.
/// </summary>
public sealed class FragmentSpreadTypeExistenceRule : ValidationRule
{
    public override string Code => "FRAGMENT_SPREAD_TYPE_EXISTENCE";

    protected internal override bool EnterInlineFragment(InlineFragmentNode node, ValidationContext context)
    {
        if (node.TypeCondition is { } typeCondition)
        {
            Check(typeCondition, context);
        }

        return true;
    }

    protected internal override bool EnterFragmentDefinition(FragmentDefinitionNode node, ValidationContext context)
    {
        Check(node.TypeCondition, context);
        return true;
    }

    private void Check(NamedTypeNode typeCondition, ValidationContext context)
    {
        if (UnknownTypeMessage.For(typeCondition, context) is { } message)
        {
            Report(context, message, typeCondition);
        }
    }
}
