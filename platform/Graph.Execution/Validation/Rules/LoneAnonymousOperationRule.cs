using Graph.Language;

namespace Graph.Execution.Validation;

/// <summary>
/// Spec 5.2.3.1 Lone Anonymous Operation:
/// "Let {operations} be all operation definitions in the document. Let {anonymous} be all anonymous operation
/// definitions in the document. If {operations} is a set of more than 1: {anonymous} must be empty."
/// </summary>
public sealed class LoneAnonymousOperationRule : ValidationRule
{
    private int _operationCount;

    public override string Code => "LONE_ANONYMOUS_OPERATION";

    protected internal override bool EnterDocument(DocumentNode node, ValidationContext context)
    {
        _operationCount = node.Definitions.Count(d => d is OperationDefinitionNode);
        return true;
    }

    protected internal override bool EnterOperation(OperationDefinitionNode node, ValidationContext context)
    {
        if (node.Name is null && _operationCount > 1)
        {
            Report(context, "This anonymous operation must be the only defined operation.", node);
        }

        return true;
    }
}
