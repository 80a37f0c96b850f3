using Graph.Language;

namespace Graph.Fusion.Composition.Rules.SourceSchemas;

/// <summary>Shared walk of the rules about <c>@is</c> and <c>@require</c> on arguments (spec 4.1.3 and 4.1.8).</summary>
internal abstract class ArgumentDirectiveRule(string directive) : SourceSchemaRule
{
    protected override void Validate(SourceSchema schema, CompositionContext context)
    {
        foreach (var type in schema.CompositeTypes)
        {
            foreach (var field in type.Fields())
            {
                foreach (var argument in field.Arguments)
                {
                    if (argument.Directive(directive) is { } usage)
                    {
                        Check(schema, $"{type.Name.Value}.{field.Name.Value}({argument.Name.Value}:)", field, usage, context);
                    }
                }
            }
        }
    }

    protected abstract void Check(SourceSchema schema, string coordinate, FieldDefinitionNode field, DirectiveNode usage, CompositionContext context);
}

/// <summary>Composite Schemas spec 4.1.3 "Is Invalid Syntax" (<c>IS_INVALID_SYNTAX</c>).</summary>
internal sealed class IsInvalidSyntaxRule() : ArgumentDirectiveRule("is")
{
    protected override void Check(SourceSchema schema, string coordinate, FieldDefinitionNode field, DirectiveNode usage, CompositionContext context)
    {
        if (usage.StringArgument("field") is { } text && !FieldSelectionMap.TryParse(text, out _))
        {
            context.Report("IS_INVALID_SYNTAX", $"The @is directive on '{coordinate}' in source schema '{schema.Name}' has a field argument \"{text}\" that is not a valid FieldSelectionMap.", schema.Name);
        }
    }
}

/// <summary>Composite Schemas spec 4.1.3 "Is Invalid Field Type" (<c>IS_INVALID_FIELD_TYPE</c>).</summary>
internal sealed class IsInvalidFieldTypeRule() : ArgumentDirectiveRule("is")
{
    protected override void Check(SourceSchema schema, string coordinate, FieldDefinitionNode field, DirectiveNode usage, CompositionContext context)
    {
        if (usage.Argument("field") is { } value and not StringValueNode)
        {
            context.Report("IS_INVALID_FIELD_TYPE", $"The @is directive on '{coordinate}' in source schema '{schema.Name}' has a field argument {value.PrintValue()} that is not a string.", schema.Name);
        }
    }
}

/// <summary>Composite Schemas spec 4.1.3 "Is Invalid Usage" (<c>IS_INVALID_USAGE</c>): <c>@is</c> only on arguments of <c>@lookup</c> fields.</summary>
internal sealed class IsInvalidUsageRule() : ArgumentDirectiveRule("is")
{
    protected override void Check(SourceSchema schema, string coordinate, FieldDefinitionNode field, DirectiveNode usage, CompositionContext context)
    {
        if (!field.IsLookup())
        {
            context.Report("IS_INVALID_USAGE", $"The @is directive on '{coordinate}' in source schema '{schema.Name}' is on an argument of a field without @lookup.", schema.Name);
        }
    }
}

/// <summary>Composite Schemas spec 4.1.8 "Require Invalid Syntax" (<c>REQUIRE_INVALID_SYNTAX</c>).</summary>
internal sealed class RequireInvalidSyntaxRule() : ArgumentDirectiveRule("require")
{
    protected override void Check(SourceSchema schema, string coordinate, FieldDefinitionNode field, DirectiveNode usage, CompositionContext context)
    {
        if (usage.StringArgument("field") is { } text && !FieldSelectionMap.TryParse(text, out _))
        {
            context.Report("REQUIRE_INVALID_SYNTAX", $"The @require directive on '{coordinate}' in source schema '{schema.Name}' has a field argument \"{text}\" that is not a valid FieldSelectionMap.", schema.Name);
        }
    }
}

/// <summary>Composite Schemas spec 4.1.8 "Require Invalid Fields Type" (<c>REQUIRE_INVALID_FIELD_TYPE</c>).</summary>
internal sealed class RequireInvalidFieldTypeRule() : ArgumentDirectiveRule("require")
{
    protected override void Check(SourceSchema schema, string coordinate, FieldDefinitionNode field, DirectiveNode usage, CompositionContext context)
    {
        if (usage.Argument("field") is { } value and not StringValueNode)
        {
            context.Report("REQUIRE_INVALID_FIELD_TYPE", $"The @require directive on '{coordinate}' in source schema '{schema.Name}' has a field argument {value.PrintValue()} that is not a string.", schema.Name);
        }
    }
}
