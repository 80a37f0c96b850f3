using Graph.Language;

namespace Graph.Execution.Validation;

/// <summary>
/// Spec 5.4.1 Argument Names:
/// "For each {argument} in the document: Let {argumentName} be the Name of {argument}. Let {argumentDefinition} be
/// the argument definition provided by the parent field or definition named {argumentName}. {argumentDefinition}
/// must exist." Applies to field arguments and directive arguments.
/// </summary>
public sealed class ArgumentNamesRule : ValidationRule
{
    public override string Code => "ARGUMENT_NAMES";

    protected internal override bool EnterArgument(ArgumentNode node, ValidationContext context)
    {
        if (context.TypeInfo.Argument is null && context.TypeInfo.FieldDefinition is { } field)
        {
            var name = node.Name.Value;
            var suggestions = context.HideSuggestions ? [] : Suggestions.List(name, field.Arguments.Select(a => a.Name));
            Report(context, $"Unknown argument \"{name}\" on field \"{Coordinates.Of(field)}\"." + Suggestions.DidYouMean(suggestions), node);
        }

        return true;
    }

    protected internal override bool EnterDirective(DirectiveNode node, ValidationContext context)
    {
        if (context.Schema.FindDirective(node.Name.Value) is not { } directive)
        {
            return false;
        }

        foreach (var argument in node.Arguments)
        {
            var name = argument.Name.Value;
            if (directive.Arguments.ContainsName(name))
            {
                continue;
            }

            var suggestions = context.HideSuggestions ? [] : Suggestions.List(name, directive.Arguments.Select(a => a.Name));
            Report(context, $"Unknown argument \"{name}\" on directive \"@{directive.Name}\"." + Suggestions.DidYouMean(suggestions), argument);
        }

        // Directive arguments are checked here; the field's argument check must not see them.
        return false;
    }
}
