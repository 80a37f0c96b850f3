using Graph.Language;

namespace Graph.Execution.Validation;

/// <summary>
/// Spec 5.8.4 All Variables Used:
/// "For every {operation} in the document: Let {variables} be the variables defined by that {operation}. Each
/// {variable} in {variables} must be used at least once in either the operation scope itself or any fragment
/// transitively referenced by that operation."
/// </summary>
public sealed class AllVariablesUsedRule : ValidationRule
{
    public override string Code => "ALL_VARIABLES_USED";

    protected internal override bool EnterOperation(OperationDefinitionNode node, ValidationContext context)
    {
        var used = new HashSet<string>(context.GetRecursiveVariableUsages(node).Select(u => u.Node.Name.Value), StringComparer.Ordinal);
        foreach (var definition in node.VariableDefinitions)
        {
            var name = definition.Variable.Name.Value;
            if (!used.Contains(name))
            {
                var message = node.Name is { } operationName
                    ? $"Variable \"${name}\" is never used in operation \"{operationName.Value}\"."
                    : $"Variable \"${name}\" is never used.";
                Report(context, message, definition);
            }
        }

        return true;
    }
}
