using Graph.Language;

namespace Graph.Fusion.Composition.Rules.PostMerge;

/// <summary>Shared access of the post-merge rules (spec 4.4) to the merged schema's client-visible members.</summary>
internal abstract class PostMergeRule : ICompositionRule
{
    public void Validate(CompositionContext context) => Validate(context.Merged!, context);

    protected abstract void Validate(MergedSchema merged, CompositionContext context);

    protected static IEnumerable<MergedType> Visible(MergedSchema merged, MergedKind kind) =>
        merged.Types.Values.Where(t => t.Kind == kind && !t.Inaccessible);
}

/// <summary>Composite Schemas spec 4.4.1 "No Queries" (<c>NO_QUERIES</c>): the composite Query type has an accessible field.</summary>
internal sealed class NoQueriesRule : PostMergeRule
{
    protected override void Validate(MergedSchema merged, CompositionContext context)
    {
        if (merged.Type("Query") is not { } query || query.Fields.TrueForAll(f => f.Inaccessible))
        {
            context.Report("NO_QUERIES", "The composite schema has no accessible query field (source schemas: " + SyntaxFacts.Quote(merged.SourceNames) + ").", merged.SourceNames);
        }
    }
}

/// <summary>Composite Schemas spec 4.4.1 "Reference To Inaccessible Type" (<c>REFERENCE_TO_INACCESSIBLE_TYPE</c>).</summary>
internal sealed class ReferenceToInaccessibleTypeRule : PostMergeRule
{
    protected override void Validate(MergedSchema merged, CompositionContext context)
    {
        foreach (var type in merged.Types.Values.Where(t => !t.Inaccessible))
        {
            foreach (var field in type.Fields.Where(f => !f.Inaccessible))
            {
                Check(merged, type, $"{type.Name}.{field.Name}", field.Type, field.Sources.Select(s => s.Schema), context);
                foreach (var argument in field.Arguments.Where(a => !a.Inaccessible))
                {
                    Check(merged, type, $"{type.Name}.{field.Name}({argument.Name}:)", argument.Type, argument.Sources.Select(s => s.Schema), context);
                }
            }

            foreach (var field in type.InputFields.Where(f => !f.Inaccessible))
            {
                Check(merged, type, $"{type.Name}.{field.Name}", field.Type, field.Sources.Select(s => s.Schema), context);
            }
        }
    }

    private static void Check(MergedSchema merged, MergedType type, string coordinate, TypeNode reference, IEnumerable<string> schemas, CompositionContext context)
    {
        var name = reference.NamedType();
        if (merged.Type(name) is { Inaccessible: true })
        {
            context.Report("REFERENCE_TO_INACCESSIBLE_TYPE", $"The accessible member '{coordinate}' (from {SyntaxFacts.Quote(schemas)}) references the type '{name}', which is @inaccessible.", schemas);
        }
    }
}

/// <summary>Composite Schemas spec 4.4.1 "Reference To Internal Type" (<c>REFERENCE_TO_INTERNAL_TYPE</c>): fields reference types that exist in the composite schema.</summary>
internal sealed class ReferenceToInternalTypeRule : PostMergeRule
{
    protected override void Validate(MergedSchema merged, CompositionContext context)
    {
        foreach (var type in merged.Types.Values)
        {
            foreach (var field in type.Fields)
            {
                var name = field.Type.NamedType();
                if (!SyntaxFacts.BuiltInScalars.Contains(name) && !SyntaxFacts.CompositeScalars.Contains(name) && merged.Type(name) is null)
                {
                    var schemas = field.Sources.Select(s => s.Schema).ToList();
                    context.Report("REFERENCE_TO_INTERNAL_TYPE", $"The field '{type.Name}.{field.Name}' (from {SyntaxFacts.Quote(schemas)}) references the type '{name}', which is @internal.", schemas);
                }
            }
        }
    }
}

/// <summary>Shared check of the "Empty Merged ... Type" rules (spec 4.4): an accessible type keeps at least one accessible member.</summary>
internal abstract class EmptyMergedTypeRule(MergedKind kind, string code, string what) : PostMergeRule
{
    protected abstract bool HasMembers(MergedType type, MergedSchema merged);

    protected override void Validate(MergedSchema merged, CompositionContext context)
    {
        foreach (var type in Visible(merged, kind).Where(t => !HasMembers(t, merged)))
        {
            context.Report(code, $"The {what} '{type.Name}' has no accessible members after merging source schemas {SyntaxFacts.Quote(type.Schemas)}.", type.Schemas);
        }
    }
}

/// <summary>Composite Schemas spec 4.4.2 "Empty Merged Object Type" (<c>EMPTY_MERGED_OBJECT_TYPE</c>).</summary>
internal sealed class EmptyMergedObjectTypeRule() : EmptyMergedTypeRule(MergedKind.Object, "EMPTY_MERGED_OBJECT_TYPE", "object type")
{
    protected override bool HasMembers(MergedType type, MergedSchema merged) => type.Fields.Exists(f => !f.Inaccessible);
}

/// <summary>Composite Schemas spec 4.4.2 "Empty Merged Interface Type" (<c>EMPTY_MERGED_INTERFACE_TYPE</c>).</summary>
internal sealed class EmptyMergedInterfaceTypeRule() : EmptyMergedTypeRule(MergedKind.Interface, "EMPTY_MERGED_INTERFACE_TYPE", "interface type")
{
    protected override bool HasMembers(MergedType type, MergedSchema merged) => type.Fields.Exists(f => !f.Inaccessible);
}

/// <summary>Composite Schemas spec 4.4.3 "Empty Merged Input Object Type" (<c>EMPTY_MERGED_INPUT_OBJECT_TYPE</c>).</summary>
internal sealed class EmptyMergedInputObjectTypeRule() : EmptyMergedTypeRule(MergedKind.InputObject, "EMPTY_MERGED_INPUT_OBJECT_TYPE", "input object type")
{
    protected override bool HasMembers(MergedType type, MergedSchema merged) => type.InputFields.Exists(f => !f.Inaccessible);
}

/// <summary>Composite Schemas spec 4.4.4 "Empty Merged Enum Type" (<c>EMPTY_MERGED_ENUM_TYPE</c>).</summary>
internal sealed class EmptyMergedEnumTypeRule() : EmptyMergedTypeRule(MergedKind.Enum, "EMPTY_MERGED_ENUM_TYPE", "enum type")
{
    protected override bool HasMembers(MergedType type, MergedSchema merged) => type.Values.Exists(v => !v.Inaccessible);
}

/// <summary>Composite Schemas spec 4.4.5 "Empty Merged Union Type" (<c>EMPTY_MERGED_UNION_TYPE</c>).</summary>
internal sealed class EmptyMergedUnionTypeRule() : EmptyMergedTypeRule(MergedKind.Union, "EMPTY_MERGED_UNION_TYPE", "union type")
{
    protected override bool HasMembers(MergedType type, MergedSchema merged) => type.Related.Exists(m => merged.IsAccessible(m.Name));
}
