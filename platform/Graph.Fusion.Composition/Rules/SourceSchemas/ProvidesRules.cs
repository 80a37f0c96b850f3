using Graph.Language;

namespace Graph.Fusion.Composition.Rules.SourceSchemas;

/// <summary>Shared walk of the <c>@provides</c> rules (spec 4.1.7): every field with <c>@provides</c>.</summary>
internal abstract class ProvidesRule : SourceSchemaRule
{
    protected override void Validate(SourceSchema schema, CompositionContext context)
    {
        foreach (var type in schema.CompositeTypes)
        {
            foreach (var field in type.Fields())
            {
                if (field.Directive("provides") is { } provides)
                {
                    Check(schema, type, field, provides, context);
                }
            }
        }
    }

    protected abstract void Check(SourceSchema schema, TypeDefinitionNode type, FieldDefinitionNode field, DirectiveNode provides, CompositionContext context);

    /// <summary>The parsed selection and the field's composite return type, when both exist (other rules report the rest).</summary>
    protected static (SelectionSetNode Selection, TypeDefinitionNode Returned)? Parsed(SourceSchema schema, FieldDefinitionNode field, DirectiveNode provides) =>
        provides.StringArgument("fields") is { } text && SelectionSets.TryParse(text) is { } selection
            && schema.Type(field.Type.NamedType()) is { } returned && returned.IsComposite()
            ? (selection, returned)
            : null;

    protected static string Describe(SourceSchema schema, TypeDefinitionNode type, FieldDefinitionNode field, DirectiveNode provides) =>
        $"The @provides({provides.Argument("fields")?.PrintValue()}) on '{type.Name.Value}.{field.Name.Value}' in source schema '{schema.Name}'";
}

/// <summary>Composite Schemas spec 4.1.7 "Provides Directive in Fields Argument" (<c>PROVIDES_DIRECTIVE_IN_FIELDS_ARGUMENT</c>).</summary>
internal sealed class ProvidesDirectiveInFieldsArgumentRule : ProvidesRule
{
    protected override void Check(SourceSchema schema, TypeDefinitionNode type, FieldDefinitionNode field, DirectiveNode provides, CompositionContext context)
    {
        if (provides.StringArgument("fields") is { } text && SelectionSets.TryParse(text) is { } selection && selection.Selections.Any(SelectionWalker.HasDirective))
        {
            context.Report("PROVIDES_DIRECTIVE_IN_FIELDS_ARGUMENT", $"{Describe(schema, type, field, provides)} applies a directive inside its fields.", schema.Name);
        }
    }
}

/// <summary>Composite Schemas spec 4.1.7 "Provides Fields Has Arguments" (<c>PROVIDES_FIELDS_HAS_ARGUMENTS</c>).</summary>
internal sealed class ProvidesFieldsHasArgumentsRule : ProvidesRule
{
    protected override void Check(SourceSchema schema, TypeDefinitionNode type, FieldDefinitionNode field, DirectiveNode provides, CompositionContext context)
    {
        if (Parsed(schema, field, provides) is not { } parsed)
        {
            return;
        }

        foreach (var walked in SelectionWalker.Walk(schema, parsed.Returned, parsed.Selection).Where(w => w.Definition is { Arguments.Count: > 0 }))
        {
            context.Report("PROVIDES_FIELDS_HAS_ARGUMENTS", $"{Describe(schema, type, field, provides)} selects '{walked.Parent.Name.Value}.{walked.Selection.Name.Value}', which has arguments.", schema.Name);
        }
    }
}

/// <summary>Composite Schemas spec 4.1.7 "Provides Fields Missing External" (<c>PROVIDES_FIELDS_MISSING_EXTERNAL</c>).</summary>
internal sealed class ProvidesFieldsMissingExternalRule : ProvidesRule
{
    protected override void Check(SourceSchema schema, TypeDefinitionNode type, FieldDefinitionNode field, DirectiveNode provides, CompositionContext context)
    {
        if (type is not ObjectTypeDefinitionNode || Parsed(schema, field, provides) is not { } parsed)
        {
            return;
        }

        foreach (var walked in SelectionWalker.Walk(schema, parsed.Returned, parsed.Selection))
        {
            // Only leaves must be external; a nested object field is the path to them.
            if (walked.Definition is { } definition && walked.Selection.SelectionSet is null && !definition.IsExternal())
            {
                context.Report("PROVIDES_FIELDS_MISSING_EXTERNAL", $"{Describe(schema, type, field, provides)} selects '{walked.Parent.Name.Value}.{definition.Name.Value}', which is not marked @external.", schema.Name);
            }
        }
    }
}

/// <summary>Composite Schemas spec 4.1.7 "Provides Invalid Syntax" (<c>PROVIDES_INVALID_SYNTAX</c>).</summary>
internal sealed class ProvidesInvalidSyntaxRule : ProvidesRule
{
    protected override void Check(SourceSchema schema, TypeDefinitionNode type, FieldDefinitionNode field, DirectiveNode provides, CompositionContext context)
    {
        if (provides.StringArgument("fields") is { } text && SelectionSets.TryParse(text) is null)
        {
            context.Report("PROVIDES_INVALID_SYNTAX", $"{Describe(schema, type, field, provides)} is not a valid selection set.", schema.Name);
        }
    }
}

/// <summary>
/// Composite Schemas spec 4.1.7 "Provides Invalid Fields" (<c>PROVIDES_INVALID_FIELDS</c>): every selected field exists,
/// and a field of object or interface type has a sub-selection.
/// </summary>
internal sealed class ProvidesInvalidFieldsRule : ProvidesRule
{
    protected override void Check(SourceSchema schema, TypeDefinitionNode type, FieldDefinitionNode field, DirectiveNode provides, CompositionContext context)
    {
        if (Parsed(schema, field, provides) is not { } parsed)
        {
            return;
        }

        foreach (var walked in SelectionWalker.Walk(schema, parsed.Returned, parsed.Selection))
        {
            if (walked.Definition is null)
            {
                context.Report("PROVIDES_INVALID_FIELDS", $"{Describe(schema, type, field, provides)} selects '{walked.Selection.Name.Value}', which is not a field of '{walked.Parent.Name.Value}'.", schema.Name);
            }
            else if (walked.Selection.SelectionSet is null && schema.Type(walked.Definition.Type.NamedType()) is { } selected && selected.IsComposite())
            {
                context.Report("PROVIDES_INVALID_FIELDS", $"{Describe(schema, type, field, provides)} selects '{walked.Parent.Name.Value}.{walked.Selection.Name.Value}' of composite type '{selected.Name.Value}' without a sub-selection.", schema.Name);
            }
        }
    }
}

/// <summary>Composite Schemas spec 4.1.7 "Provides Invalid Fields Type" (<c>PROVIDES_INVALID_FIELDS_TYPE</c>).</summary>
internal sealed class ProvidesInvalidFieldsTypeRule : ProvidesRule
{
    protected override void Check(SourceSchema schema, TypeDefinitionNode type, FieldDefinitionNode field, DirectiveNode provides, CompositionContext context)
    {
        if (provides.Argument("fields") is { } value and not StringValueNode)
        {
            context.Report("PROVIDES_INVALID_FIELDS_TYPE", $"{Describe(schema, type, field, provides)} has a fields argument that is not a string.", schema.Name);
        }
    }
}

/// <summary>Composite Schemas spec 4.1.7 "Provides on Non-Composite Field" (<c>PROVIDES_ON_NON_COMPOSITE_FIELD</c>).</summary>
internal sealed class ProvidesOnNonCompositeFieldRule : ProvidesRule
{
    protected override void Check(SourceSchema schema, TypeDefinitionNode type, FieldDefinitionNode field, DirectiveNode provides, CompositionContext context)
    {
        if (schema.Type(field.Type.NamedType()) is not { } returned || !returned.IsComposite())
        {
            context.Report("PROVIDES_ON_NON_COMPOSITE_FIELD", $"{Describe(schema, type, field, provides)} is on a field of type '{field.Type.Print()}', which is not an object or interface type.", schema.Name);
        }
    }
}
