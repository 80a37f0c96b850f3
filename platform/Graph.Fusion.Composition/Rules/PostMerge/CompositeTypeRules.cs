using Graph.Language;

namespace Graph.Fusion.Composition.Rules.PostMerge;

/// <summary>
/// Composite Schemas spec 4.4.2 "Implemented by Inaccessible" (<c>IMPLEMENTED_BY_INACCESSIBLE</c>): a field that implements
/// an accessible interface field cannot be <c>@inaccessible</c>.
/// </summary>
internal sealed class ImplementedByInaccessibleRule : PostMergeRule
{
    protected override void Validate(MergedSchema merged, CompositionContext context)
    {
        foreach (var type in merged.Types.Values.Where(t => t.Kind is MergedKind.Object or MergedKind.Interface && !t.Inaccessible))
        {
            foreach (var (interfaceName, _) in type.Related)
            {
                if (merged.Type(interfaceName) is not { Inaccessible: false } implemented)
                {
                    continue;
                }

                foreach (var field in implemented.Fields.Where(f => !f.Inaccessible))
                {
                    if (type.Field(field.Name) is { Inaccessible: true } own)
                    {
                        context.Report("IMPLEMENTED_BY_INACCESSIBLE", $"The field '{type.Name}.{field.Name}' is @inaccessible but implements the accessible interface field '{interfaceName}.{field.Name}' (source schemas {SyntaxFacts.Quote(own.Sources.Select(s => s.Schema))}).", own.Sources.Select(s => s.Schema));
                    }
                }
            }
        }
    }
}

/// <summary>Composite Schemas spec 4.4.2 "Interface Field No Implementation" (<c>INTERFACE_FIELD_NO_IMPLEMENTATION</c>).</summary>
internal sealed class InterfaceFieldNoImplementationRule : PostMergeRule
{
    protected override void Validate(MergedSchema merged, CompositionContext context)
    {
        foreach (var type in merged.Types.Values.Where(t => t.Kind == MergedKind.Object))
        {
            foreach (var (interfaceName, _) in type.Related)
            {
                if (merged.Type(interfaceName) is not { } implemented)
                {
                    continue;
                }

                foreach (var field in implemented.Fields.Where(f => !f.Inaccessible && type.Field(f.Name) is null))
                {
                    context.Report("INTERFACE_FIELD_NO_IMPLEMENTATION", $"The object type '{type.Name}' (source schemas {SyntaxFacts.Quote(type.Schemas)}) implements '{interfaceName}' but has no field '{field.Name}' (defined by {SyntaxFacts.Quote(field.Sources.Select(s => s.Schema))}).", [.. type.Schemas, .. field.Sources.Select(s => s.Schema)]);
                }
            }
        }
    }
}

/// <summary>
/// Composite Schemas spec 4.4.3 "Non-Null Input Fields cannot be inaccessible" (<c>NON_NULL_INPUT_FIELD_IS_INACCESSIBLE</c>):
/// every non-null input field of a source schema is in the composite schema, accessible.
/// </summary>
internal sealed class NonNullInputFieldIsInaccessibleRule : PostMergeRule
{
    protected override void Validate(MergedSchema merged, CompositionContext context)
    {
        foreach (var schema in context.Schemas)
        {
            foreach (var input in schema.Types.Values.OfType<InputObjectTypeDefinitionNode>())
            {
                if (merged.Type(input.Name.Value) is not { Inaccessible: false } type)
                {
                    continue;
                }

                foreach (var field in input.Fields.Where(f => f.Type.IsNonNull()))
                {
                    if (type.InputFields.Find(f => f.Name == field.Name.Value) is not { Inaccessible: false })
                    {
                        context.Report("NON_NULL_INPUT_FIELD_IS_INACCESSIBLE", $"The non-null input field '{input.Name.Value}.{field.Name.Value}' of source schema '{schema.Name}' is inaccessible or missing in the composite schema.", type.Schemas);
                    }
                }
            }
        }
    }
}

/// <summary>
/// Composite Schemas spec 4.4.4 "Enum Type Default Value Inaccessible" (<c>ENUM_TYPE_DEFAULT_VALUE_INACCESSIBLE</c>):
/// default values of accessible arguments and input fields use accessible enum values only.
/// </summary>
internal sealed class EnumTypeDefaultValueInaccessibleRule : PostMergeRule
{
    protected override void Validate(MergedSchema merged, CompositionContext context)
    {
        foreach (var type in merged.Types.Values.Where(t => !t.Inaccessible))
        {
            var values = type.InputFields.Select(f => ($"{type.Name}.{f.Name}", f))
                .Concat(type.Fields.Where(f => !f.Inaccessible).SelectMany(f => f.Arguments.Select(a => ($"{type.Name}.{f.Name}({a.Name}:)", a))));
            foreach (var (coordinate, value) in values.Where(v => !v.Item2.Inaccessible && v.Item2.DefaultValue is not null))
            {
                if (!IsValid(value.DefaultValue!, value.Type, merged))
                {
                    context.Report("ENUM_TYPE_DEFAULT_VALUE_INACCESSIBLE", $"The default value {value.DefaultValue!.PrintValue()} of '{coordinate}' (from {SyntaxFacts.Quote(value.Sources.Select(s => s.Schema))}) uses an inaccessible enum value.", value.Sources.Select(s => s.Schema));
                }
            }
        }
    }

    private static bool IsValid(ValueNode value, TypeNode type, MergedSchema merged)
    {
        var named = merged.Type(type.NamedType());
        return value switch
        {
            ListValueNode list => list.Values.All(v => IsValid(v, type.Nullable() is ListTypeNode l ? l.Type : type, merged)),
            ObjectValueNode obj => obj.Fields.All(f => named?.InputFields.Find(i => i.Name == f.Name.Value) is not { } field || IsValid(f.Value, field.Type, merged)),
            EnumValueNode enumValue => named is null || named.Kind != MergedKind.Enum || named.Values.Exists(v => v.Name == enumValue.Value && !v.Inaccessible),
            _ => true,
        };
    }
}
