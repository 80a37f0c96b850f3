using Graph.Language;

namespace Graph.Execution.Validation;

/// <summary>
/// Spec 5.5.2.1 Fragment Spread Target Defined:
/// "For every {namedSpread} in the document: Let {fragment} be the target of {namedSpread}. {fragment} must be
/// defined in the document."
/// </summary>
public sealed class FragmentSpreadTargetDefinedRule : ValidationRule
{
    public override string Code => "FRAGMENT_SPREAD_TARGET_DEFINED";

    protected internal override bool EnterFragmentSpread(FragmentSpreadNode node, ValidationContext context)
    {
        if (context.GetFragment(node.Name.Value) is null)
        {
            Report(context, $"Unknown fragment \"{node.Name.Value}\".", node.Name);
        }

        return true;
    }
}
