using Graph.Language;

namespace Graph.Execution.Validation;

/// <summary>
/// Spec 5.2.1.1 Operation Type Existence:
/// "For each operation definition {operation} in the document: Let {rootOperationType} be the root operation type
/// in {schema} corresponding to the kind of {operation}. {rootOperationType} must exist."
/// </summary>
public sealed class OperationTypeExistenceRule : ValidationRule
{
    public override string Code => "OPERATION_TYPE_EXISTENCE";

    protected internal override bool EnterOperation(OperationDefinitionNode node, ValidationContext context)
    {
        if (context.Schema.GetRootType(node.Operation) is null)
        {
            Report(context, $"The {node.Operation.ToKeyword()} operation is not supported by the schema.", node);
        }

        return true;
    }
}
