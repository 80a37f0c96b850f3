using Graph.Language;

namespace Graph.Execution.Validation;

/// <summary>
/// Spec 5.7.2 Directives Are in Valid Locations:
/// "For every {directive} in a document: Let {directiveName} be the name of {directive}. Let {directiveDefinition} be
/// the directive named {directiveName}. Let {locations} be the valid locations for {directiveDefinition}. Let
/// {adjacent} be the AST node the directive affects. {adjacent} must be represented by an item within {locations}."
/// </summary>
public sealed class DirectivesAreInValidLocationsRule : ValidationRule
{
    public override string Code => "DIRECTIVES_ARE_IN_VALID_LOCATIONS";

    protected internal override bool EnterDirective(DirectiveNode node, ValidationContext context)
    {
        if (context.Schema.FindDirective(node.Name.Value) is not { } directive || LocationOf(context.Parent) is not { } location)
        {
            return true;
        }

        if (!directive.IsAllowedAt(location))
        {
            Report(context, $"Directive \"@{node.Name.Value}\" may not be used on {location.ToGraphQLName()}.", node);
        }

        return true;
    }

    private static DirectiveLocation? LocationOf(SyntaxNode? adjacent) => adjacent switch
    {
        OperationDefinitionNode { Operation: OperationType.Query } => DirectiveLocation.Query,
        OperationDefinitionNode { Operation: OperationType.Mutation } => DirectiveLocation.Mutation,
        OperationDefinitionNode { Operation: OperationType.Subscription } => DirectiveLocation.Subscription,
        FieldNode => DirectiveLocation.Field,
        FragmentSpreadNode => DirectiveLocation.FragmentSpread,
        InlineFragmentNode => DirectiveLocation.InlineFragment,
        FragmentDefinitionNode => DirectiveLocation.FragmentDefinition,
        VariableDefinitionNode => DirectiveLocation.VariableDefinition,
        _ => null,
    };
}
