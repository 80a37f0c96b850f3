using Graph.Language;
using Graph.Types;

namespace Graph.Execution.Validation;

/// <summary>
/// Spec 5.8.2 Variables Are Input Types:
/// "For every {operation} in a {document}: For every {variableDefinition} on each {operation}: Let {variableType} be
/// the type of {variableDefinition}. {IsInputType(variableType)} must be {true}." A type the schema does not define is
/// reported as graphql-js's <c>KnownTypeNamesRule</c> does ("Unknown type ...").
/// </summary>
public sealed class VariablesAreInputTypesRule : ValidationRule
{
    public override string Code => "VARIABLES_ARE_INPUT_TYPES";

    protected internal override bool EnterVariableDefinition(VariableDefinitionNode node, ValidationContext context)
    {
        var namedType = UnknownTypeMessage.NamedTypeOf(node.Type);
        if (UnknownTypeMessage.For(namedType, context) is { } unknown)
        {
            Report(context, unknown, namedType);
        }
        else if (TypeInfo.TypeFromAst(context.Schema, node.Type) is { } type && !type.IsInputType())
        {
            Report(context, $"Variable \"${node.Variable.Name.Value}\" cannot be non-input type \"{SyntaxPrinter.Print(node.Type)}\".", node.Type);
        }

        return true;
    }
}
