using Graph.Language;
using Graph.Types;

namespace Graph.Execution.Validation;

/// <summary>
/// Spec 5.4.3 Required Arguments:
/// "For each Field or Directive in the document: Let {arguments} be the arguments provided by the Field or Directive.
/// Let {argumentDefinitions} be the set of argument definitions of that Field or Directive. For each
/// {argumentDefinition} in {argumentDefinitions}: Let {type} be the expected type of {argumentDefinition}. Let
/// {defaultValue} be the default value of {argumentDefinition}. If {type} is Non-Null and {defaultValue} does not
/// exist: Let {argumentName} be the name of {argumentDefinition}. Let {argument} be the argument in {arguments} named
/// {argumentName}. {argument} must exist. Let {value} be the value of {argument}. {value} must not be the {null}
/// literal." A <c>null</c> literal is reported by <see cref="ValuesOfCorrectTypeRule"/> (as graphql-js does).
/// </summary>
public sealed class RequiredArgumentsRule : ValidationRule
{
    public override string Code => "REQUIRED_ARGUMENTS";

    protected internal override void LeaveField(FieldNode node, ValidationContext context)
    {
        if (context.TypeInfo.FieldDefinition is not { } field || field.Arguments.Count == 0)
        {
            return;
        }

        foreach (var argument in field.Arguments)
        {
            if (argument.IsRequired && !IsProvided(node.Arguments, argument.Name))
            {
                Report(context, $"Argument \"{Coordinates.Of(field, argument)}\" of type \"{argument.Type}\" is required, but it was not provided.", node);
            }
        }
    }

    protected internal override void LeaveDirective(DirectiveNode node, ValidationContext context)
    {
        if (context.Schema.FindDirective(node.Name.Value) is not { } directive)
        {
            return;
        }

        foreach (var argument in directive.Arguments)
        {
            if (argument.IsRequired && !IsProvided(node.Arguments, argument.Name))
            {
                Report(context, $"Argument \"@{directive.Name}({argument.Name}:)\" of type \"{argument.Type}\" is required, but it was not provided.", node);
            }
        }
    }

    private static bool IsProvided(IReadOnlyList<ArgumentNode> arguments, string name)
    {
        foreach (var argument in arguments)
        {
            if (argument.Name.Value == name)
            {
                return true;
            }
        }

        return false;
    }
}
