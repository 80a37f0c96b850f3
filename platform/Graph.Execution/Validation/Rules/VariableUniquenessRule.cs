using Graph.Language;

namespace Graph.Execution.Validation;

/// <summary>
/// Spec 5.8.1 Variable Uniqueness:
/// "For every {operation} in the document: For every {variable} defined on {operation}: Let {variableName} be the name
/// of {variable}. Let {variables} be the set of all variables named {variableName} on {operation}. {variables} must be
/// a set of one."
/// </summary>
public sealed class VariableUniquenessRule : ValidationRule
{
    public override string Code => "VARIABLE_UNIQUENESS";

    protected internal override bool EnterOperation(OperationDefinitionNode node, ValidationContext context)
    {
        if (node.VariableDefinitions.Count < 2)
        {
            return true;
        }

        foreach (var group in node.VariableDefinitions.GroupBy(v => v.Variable.Name.Value, StringComparer.Ordinal))
        {
            var nodes = group.Select(v => (SyntaxNode)v.Variable.Name).ToArray();
            if (nodes.Length > 1)
            {
                Report(context, $"There can be only one variable named \"${group.Key}\".", nodes);
            }
        }

        return true;
    }
}
