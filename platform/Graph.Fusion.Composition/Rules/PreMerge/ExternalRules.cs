using Graph.Language;

namespace Graph.Fusion.Composition.Rules.PreMerge;

/// <summary>Shared grouping of the external pre-merge rules (spec 4.2.5): field groups with at least one <c>@external</c> definition.</summary>
internal abstract class ExternalFieldRule : PreMergeRule
{
    public override void Validate(CompositionContext context)
    {
        foreach (var (typeName, fieldName, fields) in OutputFieldGroups(context))
        {
            var external = fields.Where(f => f.IsExternal).ToList();
            if (external.Count > 0)
            {
                Check($"{typeName}.{fieldName}", external, fields.Where(f => !f.IsExternal).ToList(), context);
            }
        }
    }

    protected abstract void Check(string coordinate, List<SourceField> external, List<SourceField> owners, CompositionContext context);
}

/// <summary>Composite Schemas spec 4.2.5 "External Argument Default Mismatch" (<c>EXTERNAL_ARGUMENT_DEFAULT_MISMATCH</c>).</summary>
internal sealed class ExternalArgumentDefaultMismatchRule : ExternalFieldRule
{
    protected override void Check(string coordinate, List<SourceField> external, List<SourceField> owners, CompositionContext context)
    {
        var all = external.Concat(owners).ToList();
        foreach (var argumentName in all.SelectMany(f => f.Field.Arguments.Select(a => a.Name.Value)).Distinct())
        {
            var defaults = all.Select(f => f.Field.Arguments.FirstOrDefault(a => a.Name.Value == argumentName)?.DefaultValue).Where(d => d is not null).ToList();
            foreach (var field in external)
            {
                var argument = field.Field.Arguments.FirstOrDefault(a => a.Name.Value == argumentName);
                if (argument is not null && defaults.Any(d => !SyntaxFacts.SameValue(d, argument.DefaultValue)))
                {
                    context.Report("EXTERNAL_ARGUMENT_DEFAULT_MISMATCH", $"The default value of argument '{coordinate}({argumentName}:)' of the external field in source schema '{field.Schema.Name}' differs from its other definitions in {Names(all.Where(f => f != field))}.", all.Select(f => f.Schema.Name));
                }
            }
        }
    }
}

/// <summary>Composite Schemas spec 4.2.5 "External Argument Missing" (<c>EXTERNAL_ARGUMENT_MISSING</c>).</summary>
internal sealed class ExternalArgumentMissingRule : ExternalFieldRule
{
    protected override void Check(string coordinate, List<SourceField> external, List<SourceField> owners, CompositionContext context)
    {
        foreach (var argumentName in owners.SelectMany(f => f.Field.Arguments.Select(a => a.Name.Value)).Distinct())
        {
            foreach (var field in external.Where(f => f.Field.Arguments.All(a => a.Name.Value != argumentName)))
            {
                context.Report("EXTERNAL_ARGUMENT_MISSING", $"The external field '{coordinate}' in source schema '{field.Schema.Name}' lacks the argument '{argumentName}' that {Names(owners)} define.", [field.Schema.Name, .. owners.Select(o => o.Schema.Name)]);
            }
        }
    }
}

/// <summary>Composite Schemas spec 4.2.5 "External Argument Type Mismatch" (<c>EXTERNAL_ARGUMENT_TYPE_MISMATCH</c>).</summary>
internal sealed class ExternalArgumentTypeMismatchRule : ExternalFieldRule
{
    protected override void Check(string coordinate, List<SourceField> external, List<SourceField> owners, CompositionContext context)
    {
        foreach (var argumentName in owners.SelectMany(f => f.Field.Arguments.Select(a => a.Name.Value)).Distinct())
        {
            var ownerTypes = owners.Select(o => o.Field.Arguments.FirstOrDefault(a => a.Name.Value == argumentName)?.Type.Print()).Where(t => t is not null).ToList();
            foreach (var field in external)
            {
                if (field.Field.Arguments.FirstOrDefault(a => a.Name.Value == argumentName) is { } argument && ownerTypes.Any(t => t != argument.Type.Print()))
                {
                    context.Report("EXTERNAL_ARGUMENT_TYPE_MISMATCH", $"The argument '{coordinate}({argumentName}:)' of the external field in source schema '{field.Schema.Name}' has type '{argument.Type.Print()}', unlike its definition in {Names(owners)}.", [field.Schema.Name, .. owners.Select(o => o.Schema.Name)]);
                }
            }
        }
    }
}

/// <summary>Composite Schemas spec 4.2.5 "External Missing on Base" (<c>EXTERNAL_MISSING_ON_BASE</c>): an external field is defined somewhere without <c>@external</c>.</summary>
internal sealed class ExternalMissingOnBaseRule : ExternalFieldRule
{
    protected override void Check(string coordinate, List<SourceField> external, List<SourceField> owners, CompositionContext context)
    {
        if (owners.Count == 0)
        {
            context.Report("EXTERNAL_MISSING_ON_BASE", $"The field '{coordinate}' is @external in {Names(external)}, but no source schema defines it.", external.Select(f => f.Schema.Name));
        }
    }
}

/// <summary>Composite Schemas spec 4.2.5 "External Type Mismatch" (<c>EXTERNAL_TYPE_MISMATCH</c>).</summary>
internal sealed class ExternalTypeMismatchRule : ExternalFieldRule
{
    protected override void Check(string coordinate, List<SourceField> external, List<SourceField> owners, CompositionContext context)
    {
        foreach (var field in external.Where(f => owners.Any(o => o.Field.Type.Print() != f.Field.Type.Print())))
        {
            context.Report("EXTERNAL_TYPE_MISMATCH", $"The external field '{coordinate}' in source schema '{field.Schema.Name}' has type '{field.Field.Type.Print()}', unlike its definition in {Names(owners)}.", [field.Schema.Name, .. owners.Select(o => o.Schema.Name)]);
        }
    }
}

/// <summary>
/// Composite Schemas spec 4.2.6 "Override Source Has Override" (<c>OVERRIDE_SOURCE_HAS_OVERRIDE</c>): at most one
/// <c>@override</c> per field, and no override chains or cycles.
/// </summary>
internal sealed class OverrideSourceHasOverrideRule : PreMergeRule
{
    public override void Validate(CompositionContext context)
    {
        foreach (var (typeName, fieldName, fields) in OutputFieldGroups(context))
        {
            var overrides = fields.Where(f => f.Field.Has("override")).ToList();
            if (overrides.Count > 1)
            {
                context.Report("OVERRIDE_SOURCE_HAS_OVERRIDE", $"The field '{typeName}.{fieldName}' is overridden in more than one source schema ({Names(overrides)}); an overridden field cannot itself override.", overrides.Select(o => o.Schema.Name));
            }
        }
    }
}

/// <summary>
/// Composite Schemas spec 4.2.7 "Invalid Field Sharing" (<c>INVALID_FIELD_SHARING</c>): a field resolved by more than one
/// source schema is <c>@shareable</c> in each (key fields, <c>@external</c>, <c>@internal</c> and overridden fields aside).
/// </summary>
internal sealed class InvalidFieldSharingRule : PreMergeRule
{
    public override void Validate(CompositionContext context)
    {
        foreach (var (typeName, fieldName, all) in OutputFieldGroups(context))
        {
            if (all.Any(f => f.Type is not ObjectTypeDefinitionNode) || all.Any(f => f.Field.Has("override")))
            {
                continue;
            }

            var fields = all.Where(f => !f.IsInternal && !f.IsExternal && !IsKeyField(f)).ToList();
            if (fields.Count > 1 && fields.Any(f => !f.Field.Has("shareable") && !f.Type.Has("shareable")))
            {
                var unshared = fields.Where(f => !f.Field.Has("shareable") && !f.Type.Has("shareable"));
                context.Report("INVALID_FIELD_SHARING", $"The field '{typeName}.{fieldName}' is resolved by {Names(fields)} but is not @shareable in {Names(unshared)}.", fields.Select(f => f.Schema.Name));
            }
        }
    }

    private static bool IsKeyField(SourceField field) =>
        field.Type.All("key").Any(k => k.StringArgument("fields") is { } text && SelectionSets.TryParse(text) is { } selection
            && selection.Selections.OfType<FieldNode>().Any(s => s.Name.Value == field.Field.Name.Value));
}
