using Graph.Fusion.Composition.Rules.PostMerge;
using Graph.Fusion.Composition.Rules.PreMerge;
using Graph.Fusion.Composition.Rules.Satisfiability;
using Graph.Fusion.Composition.Rules.SourceSchemas;

namespace Graph.Fusion.Composition;

/// <summary>
/// Composes source schemas into one composite schema (Composite Schemas spec section 4), in stages: source schema
/// validation -> pre-merge validation -> merge -> post-merge validation -> satisfiability. A stage that reports an error
/// stops composition after it; warnings do not.
/// </summary>
public static class SchemaComposer
{
    /// <summary>Spec 4.1 "Validate Source Schemas": each source schema in isolation.</summary>
    internal static readonly IReadOnlyList<ICompositionRule> SourceSchemaValidation =
    [
        new InvalidGraphQLRule(), new DisallowedInaccessibleRule(), new TypeDefinitionInvalidRule(), new QueryRootTypeInaccessibleRule(),
        new RootMutationUsedRule(), new RootQueryUsedRule(), new RootSubscriptionUsedRule(),
        new ExternalUnusedRule(), new ExternalOverrideCollisionRule(), new ExternalProvidesCollisionRule(), new ExternalRequireCollisionRule(), new ExternalOnInterfaceRule(),
        new IsInvalidSyntaxRule(), new IsInvalidFieldTypeRule(), new IsInvalidUsageRule(),
        new KeyFieldsSelectInvalidTypeRule(), new KeyDirectiveInFieldsArgumentRule(), new KeyInvalidArgumentsRule(), new KeyInvalidSyntaxRule(), new KeyInvalidFieldsRule(), new KeyInvalidFieldsTypeRule(),
        new LookupMustHaveArgumentsRule(), new LookupReturnsNonNullableTypeRule(), new LookupReturnsListRule(),
        new OverrideFromSelfRule(), new OverrideOnInterfaceRule(),
        new ProvidesDirectiveInFieldsArgumentRule(), new ProvidesFieldsHasArgumentsRule(), new ProvidesFieldsMissingExternalRule(), new ProvidesInvalidSyntaxRule(),
        new ProvidesInvalidFieldsRule(), new ProvidesInvalidFieldsTypeRule(), new ProvidesOnNonCompositeFieldRule(),
        new RequireInvalidSyntaxRule(), new RequireInvalidFieldTypeRule(),
        new InvalidShareableUsageRule(),
    ];

    /// <summary>Spec 4.2 "Pre Merge Validation": the source schemas side by side.</summary>
    internal static readonly IReadOnlyList<ICompositionRule> PreMergeValidation =
    [
        new TypeKindMismatchRule(), new EnumValuesMismatchRule(),
        new OutputFieldTypesMergeableRule(), new FieldArgumentTypesMergeableRule(), new FieldWithMissingRequiredArgumentRule(),
        new InputFieldDefaultMismatchRule(), new InputFieldTypesMergeableRule(), new InputWithMissingRequiredFieldsRule(),
        new ExternalArgumentDefaultMismatchRule(), new ExternalArgumentMissingRule(), new ExternalArgumentTypeMismatchRule(), new ExternalMissingOnBaseRule(), new ExternalTypeMismatchRule(),
        new OverrideSourceHasOverrideRule(), new InvalidFieldSharingRule(),
    ];

    /// <summary>Spec 4.4 "Post Merge Validation": the merged schema.</summary>
    internal static readonly IReadOnlyList<ICompositionRule> PostMergeValidation =
    [
        new NoQueriesRule(), new ReferenceToInaccessibleTypeRule(), new ReferenceToInternalTypeRule(),
        new EmptyMergedObjectTypeRule(), new EmptyMergedInterfaceTypeRule(), new ImplementedByInaccessibleRule(), new InterfaceFieldNoImplementationRule(),
        new EmptyMergedInputObjectTypeRule(), new NonNullInputFieldIsInaccessibleRule(),
        new EmptyMergedEnumTypeRule(), new EnumTypeDefaultValueInaccessibleRule(), new EmptyMergedUnionTypeRule(),
        new IsInvalidFieldsRule(), new RequireInvalidFieldsRule(),
    ];

    /// <summary>Spec 4.5 "Validate Satisfiability".</summary>
    internal static readonly IReadOnlyList<ICompositionRule> SatisfiabilityValidation = [new UnsatisfiableQueryPathRule()];

    /// <summary>Composes the source schemas (in manifest order, which fixes the order of fields and sources in the output).</summary>
    public static CompositionResult Compose(IReadOnlyList<SourceSchema> sources) => Compose(sources, validateSourceSchemas: true);

    /// <summary>
    /// Composes; <paramref name="validateSourceSchemas"/> false skips stage 4.1, for tests of the pre-merge rules whose
    /// spec examples break a source schema rule (an <c>@external</c> field with arguments can never be used by a
    /// <c>@provides</c>, spec 4.1.7 "Provides Fields Has Arguments").
    /// </summary>
    internal static CompositionResult Compose(IReadOnlyList<SourceSchema> sources, bool validateSourceSchemas)
    {
        ArgumentNullException.ThrowIfNull(sources);
        if (Limits(sources) is { } refused)
        {
            return new CompositionResult(refused, null);
        }

        var context = new CompositionContext(sources);
        if ((validateSourceSchemas && !Run(SourceSchemaValidation, context)) || !Run(PreMergeValidation, context))
        {
            return new CompositionResult(context.Errors, null);
        }

        context.Merged = SchemaMerger.Merge(context);
        if (!Run(PostMergeValidation, context) || !Run(SatisfiabilityValidation, context))
        {
            return new CompositionResult(context.Errors, null);
        }

        return new CompositionResult(context.Errors, new ComposedSchema(context.Merged, CacheHintMerger.Merge(context.Schemas, context.Merged)));
    }

    private static bool Run(IReadOnlyList<ICompositionRule> stage, CompositionContext context)
    {
        foreach (var rule in stage)
        {
            rule.Validate(context);
        }

        return !context.HasErrors;
    }

    private static List<CompositionError>? Limits(IReadOnlyList<SourceSchema> sources)
    {
        if (sources.Count > CompositionLimits.MaxSourceSchemas)
        {
            return [new CompositionError(CompositionLimits.TooManySourceSchemas, $"Composition accepts at most {CompositionLimits.MaxSourceSchemas} source schemas; {sources.Count} were given.", CompositionSeverity.Error, [])];
        }

        var errors = new List<CompositionError>();
        foreach (var source in sources.Where(s => s.SizeInBytes > CompositionLimits.MaxSdlBytes))
        {
            errors.Add(new CompositionError(CompositionLimits.SourceSchemaTooLarge, $"The SDL of source schema '{source.Name}' is {source.SizeInBytes} bytes; at most {CompositionLimits.MaxSdlBytes} bytes are accepted.", CompositionSeverity.Error, [source.Name]));
        }

        foreach (var duplicate in sources.GroupBy(s => s.Name, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1))
        {
            errors.Add(new CompositionError(CompositionLimits.DuplicateSourceSchema, $"The source schema name '{duplicate.Key}' is used more than once.", CompositionSeverity.Error, [duplicate.Key]));
        }

        return errors.Count == 0 ? null : errors;
    }
}
