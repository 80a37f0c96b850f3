using Graph.Language;

namespace Graph.Fusion.Composition.Rules.SourceSchemas;

/// <summary>
/// Composite Schemas spec 4.1.2 "External Unused" (<c>EXTERNAL_UNUSED</c>): every <c>@external</c> field is named by a
/// <c>@provides</c> of a field returning its type in the same source schema.
/// </summary>
internal sealed class ExternalUnusedRule : SourceSchemaRule
{
    protected override void Validate(SourceSchema schema, CompositionContext context)
    {
        var provided = new HashSet<(string Type, string Field)>();
        foreach (var type in schema.CompositeTypes)
        {
            foreach (var field in type.Fields())
            {
                if (field.Directive("provides")?.StringArgument("fields") is { } fields
                    && SelectionSets.TryParse(fields) is { } selection
                    && schema.Type(field.Type.NamedType()) is { } returned)
                {
                    foreach (var walked in SelectionWalker.Walk(schema, returned, selection))
                    {
                        provided.Add((walked.Parent.Name.Value, walked.Selection.Name.Value));
                    }
                }
            }
        }

        foreach (var type in schema.CompositeTypes)
        {
            foreach (var field in type.Fields().Where(f => f.IsExternal()))
            {
                if (!provided.Contains((type.Name.Value, field.Name.Value)))
                {
                    context.Report("EXTERNAL_UNUSED", $"The external field '{type.Name.Value}.{field.Name.Value}' in source schema '{schema.Name}' is not used by any @provides.", schema.Name);
                }
            }
        }
    }
}

/// <summary>Shared shape of the "External ... Collision" rules (spec 4.1.2): an <c>@external</c> field must not also claim ownership.</summary>
internal abstract class ExternalCollisionRule(string code, string what) : SourceSchemaRule
{
    protected abstract bool Collides(FieldDefinitionNode field);

    protected override void Validate(SourceSchema schema, CompositionContext context)
    {
        foreach (var type in schema.CompositeTypes)
        {
            foreach (var field in type.Fields().Where(f => f.IsExternal() && Collides(f)))
            {
                context.Report(code, $"The external field '{type.Name.Value}.{field.Name.Value}' in source schema '{schema.Name}' must not have {what}.", schema.Name);
            }
        }
    }
}

/// <summary>Composite Schemas spec 4.1.2 "External Override Collision" (<c>EXTERNAL_OVERRIDE_COLLISION</c>).</summary>
internal sealed class ExternalOverrideCollisionRule() : ExternalCollisionRule("EXTERNAL_OVERRIDE_COLLISION", "@override")
{
    protected override bool Collides(FieldDefinitionNode field) => field.Has("override");
}

/// <summary>Composite Schemas spec 4.1.2 "External Provides Collision" (<c>EXTERNAL_PROVIDES_COLLISION</c>).</summary>
internal sealed class ExternalProvidesCollisionRule() : ExternalCollisionRule("EXTERNAL_PROVIDES_COLLISION", "@provides")
{
    protected override bool Collides(FieldDefinitionNode field) => field.Has("provides");
}

/// <summary>Composite Schemas spec 4.1.2 "External Require Collision" (<c>EXTERNAL_REQUIRE_COLLISION</c>).</summary>
internal sealed class ExternalRequireCollisionRule() : ExternalCollisionRule("EXTERNAL_REQUIRE_COLLISION", "arguments with @require")
{
    protected override bool Collides(FieldDefinitionNode field) => field.Arguments.Any(a => a.Has("require"));
}

/// <summary>Composite Schemas spec 4.1.2 "External on Interface" (<c>EXTERNAL_ON_INTERFACE</c>).</summary>
internal sealed class ExternalOnInterfaceRule : SourceSchemaRule
{
    protected override void Validate(SourceSchema schema, CompositionContext context)
    {
        foreach (var type in schema.Types.Values.OfType<InterfaceTypeDefinitionNode>())
        {
            foreach (var field in type.Fields.Where(f => f.IsExternal()))
            {
                context.Report("EXTERNAL_ON_INTERFACE", $"The interface field '{type.Name.Value}.{field.Name.Value}' in source schema '{schema.Name}' is marked @external.", schema.Name);
            }
        }
    }
}
