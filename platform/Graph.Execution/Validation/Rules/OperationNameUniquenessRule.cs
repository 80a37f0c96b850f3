using Graph.Language;

namespace Graph.Execution.Validation;

/// <summary>
/// Spec 5.2.2.1 Operation Name Uniqueness:
/// "For each operation definition {operation} in the document: Let {operationName} be the name of {operation}. If
/// {operationName} exists: Let {operations} be all operation definitions in the document named {operationName}.
/// {operations} must be a set of one."
/// </summary>
public sealed class OperationNameUniquenessRule : ValidationRule
{
    private readonly Dictionary<string, NameNode> _known = new(StringComparer.Ordinal);

    public override string Code => "OPERATION_NAME_UNIQUENESS";

    protected internal override bool EnterOperation(OperationDefinitionNode node, ValidationContext context)
    {
        if (node.Name is { } name)
        {
            if (_known.TryGetValue(name.Value, out var known))
            {
                Report(context, $"There can be only one operation named \"{name.Value}\".", known, name);
            }
            else
            {
                _known[name.Value] = name;
            }
        }

        return false;
    }

    protected internal override bool EnterFragmentDefinition(FragmentDefinitionNode node, ValidationContext context) => false;
}
