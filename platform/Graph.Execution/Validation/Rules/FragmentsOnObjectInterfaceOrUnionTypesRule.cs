using Graph.Language;
using Graph.Types;

namespace Graph.Execution.Validation;

/// <summary>
/// Spec 5.5.1.3 Fragments on Object, Interface or Union Types:
/// "For each {fragment} defined in the document: The target type of fragment must have kind {UNION}, {INTERFACE}, or
/// {OBJECT}." Inline fragments with a type condition are checked the same way (graphql-js
/// <c>FragmentsOnCompositeTypesRule</c>).
/// </summary>
public sealed class FragmentsOnObjectInterfaceOrUnionTypesRule : ValidationRule
{
    public override string Code => "FRAGMENTS_ON_OBJECT_INTERFACE_OR_UNION_TYPES";

    protected internal override bool EnterInlineFragment(InlineFragmentNode node, ValidationContext context)
    {
        if (node.TypeCondition is { } typeCondition && IsNonComposite(typeCondition, context))
        {
            Report(context, $"Fragment cannot condition on non composite type \"{typeCondition.Name.Value}\".", typeCondition);
        }

        return true;
    }

    protected internal override bool EnterFragmentDefinition(FragmentDefinitionNode node, ValidationContext context)
    {
        if (IsNonComposite(node.TypeCondition, context))
        {
            Report(context, $"Fragment \"{node.Name.Value}\" cannot condition on non composite type \"{node.TypeCondition.Name.Value}\".", node.TypeCondition);
        }

        return true;
    }

    private static bool IsNonComposite(NamedTypeNode typeCondition, ValidationContext context) =>
        context.Schema.FindType(typeCondition.Name.Value) is { } type && !type.IsCompositeType();
}
