using Graph.Language;

namespace Graph.Fusion.Composition.Rules.SourceSchemas;

/// <summary>Shared walk of the <c>@lookup</c> rules (spec 4.1.5).</summary>
internal abstract class LookupRule : SourceSchemaRule
{
    protected override void Validate(SourceSchema schema, CompositionContext context)
    {
        foreach (var type in schema.CompositeTypes)
        {
            foreach (var field in type.Fields().Where(f => f.IsLookup()))
            {
                Check(schema, $"{type.Name.Value}.{field.Name.Value}", field, context);
            }
        }
    }

    protected abstract void Check(SourceSchema schema, string coordinate, FieldDefinitionNode field, CompositionContext context);
}

/// <summary>Composite Schemas spec 4.1.5 "Lookup Must Have Arguments" (<c>LOOKUP_MUST_HAVE_ARGUMENTS</c>).</summary>
internal sealed class LookupMustHaveArgumentsRule : LookupRule
{
    protected override void Check(SourceSchema schema, string coordinate, FieldDefinitionNode field, CompositionContext context)
    {
        if (field.Arguments.Count == 0)
        {
            context.Report("LOOKUP_MUST_HAVE_ARGUMENTS", $"The lookup field '{coordinate}' in source schema '{schema.Name}' has no arguments.", schema.Name);
        }
    }
}

/// <summary>Composite Schemas spec 4.1.5 "Lookup Returns Non-Nullable Type" (<c>LOOKUP_RETURNS_NON_NULLABLE_TYPE</c>, a warning).</summary>
internal sealed class LookupReturnsNonNullableTypeRule : LookupRule
{
    protected override void Check(SourceSchema schema, string coordinate, FieldDefinitionNode field, CompositionContext context)
    {
        if (field.Type.IsNonNull())
        {
            context.Report("LOOKUP_RETURNS_NON_NULLABLE_TYPE", $"The lookup field '{coordinate}' in source schema '{schema.Name}' returns the non-null type '{field.Type.Print()}'; a lookup should return a nullable type.", schema.Name, CompositionSeverity.Warning);
        }
    }
}

/// <summary>Composite Schemas spec 4.1.5 "Lookup Returns List" (<c>LOOKUP_RETURNS_LIST</c>).</summary>
internal sealed class LookupReturnsListRule : LookupRule
{
    protected override void Check(SourceSchema schema, string coordinate, FieldDefinitionNode field, CompositionContext context)
    {
        if (field.Type.IsListType())
        {
            context.Report("LOOKUP_RETURNS_LIST", $"The lookup field '{coordinate}' in source schema '{schema.Name}' returns the list type '{field.Type.Print()}'.", schema.Name);
        }
    }
}

/// <summary>Composite Schemas spec 4.1.6 "Override from Self" (<c>OVERRIDE_FROM_SELF</c>).</summary>
internal sealed class OverrideFromSelfRule : SourceSchemaRule
{
    protected override void Validate(SourceSchema schema, CompositionContext context)
    {
        foreach (var type in schema.CompositeTypes)
        {
            foreach (var field in type.Fields())
            {
                if (field.Directive("override")?.StringArgument("from") is { } from && string.Equals(from, schema.Name, StringComparison.OrdinalIgnoreCase))
                {
                    context.Report("OVERRIDE_FROM_SELF", $"The field '{type.Name.Value}.{field.Name.Value}' in source schema '{schema.Name}' overrides itself (@override(from: \"{from}\")).", schema.Name);
                }
            }
        }
    }
}

/// <summary>Composite Schemas spec 4.1.6 "Override on Interface" (<c>OVERRIDE_ON_INTERFACE</c>).</summary>
internal sealed class OverrideOnInterfaceRule : SourceSchemaRule
{
    protected override void Validate(SourceSchema schema, CompositionContext context)
    {
        foreach (var type in schema.Types.Values.OfType<InterfaceTypeDefinitionNode>())
        {
            foreach (var field in type.Fields.Where(f => f.Has("override")))
            {
                context.Report("OVERRIDE_ON_INTERFACE", $"The interface field '{type.Name.Value}.{field.Name.Value}' in source schema '{schema.Name}' is marked @override.", schema.Name);
            }
        }
    }
}

/// <summary>
/// Composite Schemas spec 4.1.9 "Invalid Shareable Usage" (<c>INVALID_SHAREABLE_USAGE</c>): no <c>@shareable</c> on
/// interface fields or root subscription fields.
/// </summary>
internal sealed class InvalidShareableUsageRule : SourceSchemaRule
{
    protected override void Validate(SourceSchema schema, CompositionContext context)
    {
        foreach (var type in schema.CompositeTypes)
        {
            var isSubscription = type.Name.Value == schema.SubscriptionTypeName;
            if (type is not InterfaceTypeDefinitionNode && !isSubscription)
            {
                continue;
            }

            foreach (var field in type.Fields().Where(f => f.Has("shareable")))
            {
                context.Report("INVALID_SHAREABLE_USAGE", $"The field '{type.Name.Value}.{field.Name.Value}' in source schema '{schema.Name}' is marked @shareable, which is not allowed on {(isSubscription ? "subscription root" : "interface")} fields.", schema.Name);
            }
        }
    }
}
