using Graph.Language;

namespace Graph.Fusion.Composition.Rules.SourceSchemas;

/// <summary>Shared walk of the <c>@key</c> rules (spec 4.1.4): every <c>@key</c> on an object or interface type.</summary>
internal abstract class KeyRule : SourceSchemaRule
{
    protected override void Validate(SourceSchema schema, CompositionContext context)
    {
        foreach (var type in schema.CompositeTypes)
        {
            foreach (var key in type.All("key"))
            {
                Check(schema, type, key, context);
            }
        }
    }

    protected abstract void Check(SourceSchema schema, TypeDefinitionNode type, DirectiveNode key, CompositionContext context);

    /// <summary>The parsed selection of a key whose <c>fields</c> is a string that parses; null otherwise (other rules report it).</summary>
    protected static SelectionSetNode? Selection(DirectiveNode key) =>
        key.StringArgument("fields") is { } fields ? SelectionSets.TryParse(fields) : null;

    protected static string Describe(SourceSchema schema, TypeDefinitionNode type, DirectiveNode key) =>
        $"The @key({key.Argument("fields")?.PrintValue()}) on type '{type.Name.Value}' in source schema '{schema.Name}'";
}

/// <summary>Composite Schemas spec 4.1.4 "Key Fields Select Invalid Type" (<c>KEY_FIELDS_SELECT_INVALID_TYPE</c>): no list, interface or union key fields.</summary>
internal sealed class KeyFieldsSelectInvalidTypeRule : KeyRule
{
    protected override void Check(SourceSchema schema, TypeDefinitionNode type, DirectiveNode key, CompositionContext context)
    {
        if (Selection(key) is not { } selection)
        {
            return;
        }

        foreach (var walked in SelectionWalker.Walk(schema, type, selection))
        {
            if (walked.Definition is { } definition
                && (definition.Type.IsListType() || schema.Type(definition.Type.NamedType()) is InterfaceTypeDefinitionNode or UnionTypeDefinitionNode))
            {
                context.Report("KEY_FIELDS_SELECT_INVALID_TYPE", $"{Describe(schema, type, key)} selects '{walked.Parent.Name.Value}.{definition.Name.Value}' of type '{definition.Type.Print()}'; key fields cannot be lists, interfaces or unions.", schema.Name);
            }
        }
    }
}

/// <summary>Composite Schemas spec 4.1.4 "Key Directive in Fields Argument" (<c>KEY_DIRECTIVE_IN_FIELDS_ARGUMENT</c>).</summary>
internal sealed class KeyDirectiveInFieldsArgumentRule : KeyRule
{
    protected override void Check(SourceSchema schema, TypeDefinitionNode type, DirectiveNode key, CompositionContext context)
    {
        if (Selection(key) is { } selection && selection.Selections.Any(SelectionWalker.HasDirective))
        {
            context.Report("KEY_DIRECTIVE_IN_FIELDS_ARGUMENT", $"{Describe(schema, type, key)} applies a directive inside its fields.", schema.Name);
        }
    }
}

/// <summary>
/// Composite Schemas spec 4.1.4 "Key Invalid Arguments" (<c>KEY_INVALID_ARGUMENTS</c>): key field arguments exist, are
/// constants of the right enum, and every required argument is given.
/// </summary>
internal sealed class KeyInvalidArgumentsRule : KeyRule
{
    protected override void Check(SourceSchema schema, TypeDefinitionNode type, DirectiveNode key, CompositionContext context)
    {
        if (Selection(key) is not { } selection)
        {
            return;
        }

        foreach (var walked in SelectionWalker.Walk(schema, type, selection))
        {
            if (walked.Definition is { } definition && ArgumentProblem(schema, definition, walked.Selection.Arguments) is { } problem)
            {
                context.Report("KEY_INVALID_ARGUMENTS", $"{Describe(schema, type, key)} selects '{walked.Parent.Name.Value}.{definition.Name.Value}' with invalid arguments: {problem}.", schema.Name);
            }
        }
    }

    /// <summary>Validates the arguments a selection passes to a field (shared with FieldSelectionMap validation).</summary>
    internal static string? ArgumentProblem(SourceSchema schema, FieldDefinitionNode definition, IReadOnlyList<ArgumentNode> arguments)
    {
        foreach (var argument in arguments)
        {
            var argumentDefinition = definition.Arguments.FirstOrDefault(a => a.Name.Value == argument.Name.Value);
            if (argumentDefinition is null)
            {
                return $"unknown argument '{argument.Name.Value}'";
            }

            if (ContainsVariable(argument.Value))
            {
                return $"argument '{argument.Name.Value}' uses a variable";
            }

            if (schema.Type(argumentDefinition.Type.NamedType()) is EnumTypeDefinitionNode enumType
                && argument.Value is EnumValueNode literal && enumType.Values.All(v => v.Name.Value != literal.Value))
            {
                return $"'{literal.Value}' is not a value of '{enumType.Name.Value}'";
            }
        }

        var missing = definition.Arguments.FirstOrDefault(a => a.Type.IsNonNull() && a.DefaultValue is null && arguments.All(given => given.Name.Value != a.Name.Value));
        return missing is null ? null : $"required argument '{missing.Name.Value}' is missing";
    }

    private static bool ContainsVariable(ValueNode value) => value switch
    {
        VariableNode => true,
        ListValueNode list => list.Values.Any(ContainsVariable),
        ObjectValueNode obj => obj.Fields.Any(f => ContainsVariable(f.Value)),
        _ => false,
    };
}

/// <summary>Composite Schemas spec 4.1.4 "Key Invalid Syntax" (<c>KEY_INVALID_SYNTAX</c>).</summary>
internal sealed class KeyInvalidSyntaxRule : KeyRule
{
    protected override void Check(SourceSchema schema, TypeDefinitionNode type, DirectiveNode key, CompositionContext context)
    {
        if (key.StringArgument("fields") is { } fields && SelectionSets.TryParse(fields) is null)
        {
            context.Report("KEY_INVALID_SYNTAX", $"{Describe(schema, type, key)} is not a valid selection set.", schema.Name);
        }
    }
}

/// <summary>Composite Schemas spec 4.1.4 "Key Invalid Fields" (<c>KEY_INVALID_FIELDS</c>): every key field exists on its type.</summary>
internal sealed class KeyInvalidFieldsRule : KeyRule
{
    protected override void Check(SourceSchema schema, TypeDefinitionNode type, DirectiveNode key, CompositionContext context)
    {
        if (Selection(key) is not { } selection)
        {
            return;
        }

        foreach (var walked in SelectionWalker.Walk(schema, type, selection).Where(w => w.Definition is null))
        {
            context.Report("KEY_INVALID_FIELDS", $"{Describe(schema, type, key)} selects '{walked.Selection.Name.Value}', which is not a field of '{walked.Parent.Name.Value}'.", schema.Name);
        }
    }
}

/// <summary>Composite Schemas spec 4.1.4 "Key Invalid Fields Type" (<c>KEY_INVALID_FIELDS_TYPE</c>): <c>fields</c> is a string.</summary>
internal sealed class KeyInvalidFieldsTypeRule : KeyRule
{
    protected override void Check(SourceSchema schema, TypeDefinitionNode type, DirectiveNode key, CompositionContext context)
    {
        if (key.Argument("fields") is { } value and not StringValueNode)
        {
            context.Report("KEY_INVALID_FIELDS_TYPE", $"{Describe(schema, type, key)} has a fields argument that is not a string.", schema.Name);
        }
    }
}
