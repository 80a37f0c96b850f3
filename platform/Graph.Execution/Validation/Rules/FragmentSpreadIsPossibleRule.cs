using Graph.Language;
using Graph.Types;

namespace Graph.Execution.Validation;

/// <summary>
/// Spec 5.5.2.3 Fragment Spread Is Possible:
/// "For each {spread} (named or inline) defined in the document: Let {fragment} be the target of {spread}. Let
/// {fragmentType} be the type condition of {fragment}. Let {parentType} be the type of the selection set containing
/// {spread}. Let {applicableTypes} be the intersection of {GetPossibleTypes(fragmentType)} and
/// {GetPossibleTypes(parentType)}. {applicableTypes} must not be empty."
/// </summary>
public sealed class FragmentSpreadIsPossibleRule : ValidationRule
{
    public override string Code => "FRAGMENT_SPREAD_IS_POSSIBLE";

    protected internal override bool EnterInlineFragment(InlineFragmentNode node, ValidationContext context)
    {
        if (context.TypeInfo.Type is INamedType fragmentType && fragmentType.IsCompositeType()
            && context.TypeInfo.ParentType is { } parentType
            && !TypeComparators.DoTypesOverlap(context.Schema, fragmentType, parentType))
        {
            Report(context, $"Fragment cannot be spread here as objects of type \"{parentType.Name}\" can never be of type \"{fragmentType.Name}\".", node);
        }

        return true;
    }

    protected internal override bool EnterFragmentSpread(FragmentSpreadNode node, ValidationContext context)
    {
        var name = node.Name.Value;
        if (context.GetFragment(name) is { } fragment
            && context.Schema.FindType(fragment.TypeCondition.Name.Value) is { } fragmentType
            && fragmentType.IsCompositeType()
            && context.TypeInfo.ParentType is { } parentType
            && !TypeComparators.DoTypesOverlap(context.Schema, fragmentType, parentType))
        {
            Report(context, $"Fragment \"{name}\" cannot be spread here as objects of type \"{parentType.Name}\" can never be of type \"{fragmentType.Name}\".", node);
        }

        return true;
    }
}
