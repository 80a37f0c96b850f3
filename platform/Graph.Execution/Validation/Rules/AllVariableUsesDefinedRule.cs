using Graph.Language;

namespace Graph.Execution.Validation;

/// <summary>
/// Spec 5.8.3 All Variable Uses Defined:
/// "For each {operation} in a document: For each {variableUsage} in scope, variable must be in {operation}'s variable
/// list. Let {fragments} be every fragment referenced by that {operation} transitively. For each {fragment} in
/// {fragments}: For each {variableUsage} in scope of {fragment}, variable must be in {operation}'s variable list."
/// </summary>
public sealed class AllVariableUsesDefinedRule : ValidationRule
{
    public override string Code => "ALL_VARIABLE_USES_DEFINED";

    protected internal override bool EnterOperation(OperationDefinitionNode node, ValidationContext context)
    {
        var defined = new HashSet<string>(node.VariableDefinitions.Select(v => v.Variable.Name.Value), StringComparer.Ordinal);
        foreach (var usage in context.GetRecursiveVariableUsages(node))
        {
            var name = usage.Node.Name.Value;
            if (!defined.Contains(name))
            {
                var message = node.Name is { } operationName
                    ? $"Variable \"${name}\" is not defined by operation \"{operationName.Value}\"."
                    : $"Variable \"${name}\" is not defined.";
                Report(context, message, usage.Node, node);
            }
        }

        return true;
    }
}
