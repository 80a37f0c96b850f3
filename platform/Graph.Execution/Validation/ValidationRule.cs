using Graph.Language;

namespace Graph.Execution.Validation;

/// <summary>
/// One validation rule of spec section 5: a visitor the <see cref="DocumentValidator"/> runs in parallel with the
/// other rules during a single traversal, sharing a <see cref="ValidationContext"/>. A new instance is created for
/// every validation run, so rules may keep state in fields. Enter methods return false to skip the node's children
/// (and the matching Leave) for this rule only, as a graphql-js visitor returning <c>false</c>.
/// </summary>
public abstract class ValidationRule
{
    /// <summary>The stable <c>extensions.code</c> of this rule's errors (see the Validation README).</summary>
    public abstract string Code { get; }

    protected internal virtual bool EnterDocument(DocumentNode node, ValidationContext context) => true;

    protected internal virtual void LeaveDocument(DocumentNode node, ValidationContext context)
    {
    }

    protected internal virtual bool EnterOperation(OperationDefinitionNode node, ValidationContext context) => true;

    protected internal virtual void LeaveOperation(OperationDefinitionNode node, ValidationContext context)
    {
    }

    protected internal virtual bool EnterVariableDefinition(VariableDefinitionNode node, ValidationContext context) => true;

    protected internal virtual bool EnterSelectionSet(SelectionSetNode node, ValidationContext context) => true;

    protected internal virtual bool EnterField(FieldNode node, ValidationContext context) => true;

    protected internal virtual void LeaveField(FieldNode node, ValidationContext context)
    {
    }

    protected internal virtual bool EnterArgument(ArgumentNode node, ValidationContext context) => true;

    protected internal virtual bool EnterFragmentSpread(FragmentSpreadNode node, ValidationContext context) => true;

    protected internal virtual bool EnterInlineFragment(InlineFragmentNode node, ValidationContext context) => true;

    protected internal virtual bool EnterFragmentDefinition(FragmentDefinitionNode node, ValidationContext context) => true;

    protected internal virtual bool EnterDirective(DirectiveNode node, ValidationContext context) => true;

    protected internal virtual void LeaveDirective(DirectiveNode node, ValidationContext context)
    {
    }

    /// <summary>Entered for every literal value (not for variables, see <see cref="EnterVariable"/>).</summary>
    protected internal virtual bool EnterValue(ValueNode node, ValidationContext context) => true;

    protected internal virtual bool EnterVariable(VariableNode node, ValidationContext context) => true;

    protected internal virtual bool EnterObjectField(ObjectFieldNode node, ValidationContext context) => true;

    protected internal virtual bool EnterNamedType(NamedTypeNode node, ValidationContext context) => true;

    /// <summary>Reports an error of this rule at <paramref name="nodes"/> (their locations, in that order).</summary>
    protected void Report(ValidationContext context, string message, params SyntaxNode[] nodes)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.ReportError(ValidationError.FromNodes(message, Code, nodes));
    }

    /// <summary>Reports an error of this rule at <paramref name="nodes"/> (their locations, in that order).</summary>
    protected void Report(ValidationContext context, string message, IReadOnlyList<SyntaxNode> nodes)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.ReportError(ValidationError.FromNodes(message, Code, nodes));
    }

    internal bool Enter(SyntaxNode node, ValidationContext context) => node switch
    {
        FieldNode field => EnterField(field, context),
        SelectionSetNode selectionSet => EnterSelectionSet(selectionSet, context),
        ArgumentNode argument => EnterArgument(argument, context),
        VariableNode variable => EnterVariable(variable, context),
        ValueNode value => EnterValue(value, context),
        ObjectFieldNode objectField => EnterObjectField(objectField, context),
        DirectiveNode directive => EnterDirective(directive, context),
        NamedTypeNode namedType => EnterNamedType(namedType, context),
        FragmentSpreadNode spread => EnterFragmentSpread(spread, context),
        InlineFragmentNode inline => EnterInlineFragment(inline, context),
        VariableDefinitionNode variableDefinition => EnterVariableDefinition(variableDefinition, context),
        FragmentDefinitionNode fragment => EnterFragmentDefinition(fragment, context),
        OperationDefinitionNode operation => EnterOperation(operation, context),
        DocumentNode document => EnterDocument(document, context),
        _ => true,
    };

    internal void Leave(SyntaxNode node, ValidationContext context)
    {
        switch (node)
        {
            case FieldNode field:
                LeaveField(field, context);
                break;
            case DirectiveNode directive:
                LeaveDirective(directive, context);
                break;
            case OperationDefinitionNode operation:
                LeaveOperation(operation, context);
                break;
            case DocumentNode document:
                LeaveDocument(document, context);
                break;
        }
    }
}
