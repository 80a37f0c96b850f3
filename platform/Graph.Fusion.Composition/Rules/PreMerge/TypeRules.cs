using Graph.Language;

namespace Graph.Fusion.Composition.Rules.PreMerge;

/// <summary>Composite Schemas spec 4.2.1 "Type Kind Mismatch" (<c>TYPE_KIND_MISMATCH</c>): a type name has one kind in every source schema.</summary>
internal sealed class TypeKindMismatchRule : PreMergeRule
{
    public override void Validate(CompositionContext context)
    {
        foreach (var typeName in context.TypeNames())
        {
            var definitions = context.Definitions(typeName).ToList();
            if (definitions.Select(d => d.Type.GetType()).Distinct().Count() > 1)
            {
                var kinds = string.Join(", ", definitions.Select(d => $"{d.Type.KindName()} in '{d.Schema.Name}'"));
                context.Report("TYPE_KIND_MISMATCH", $"The type '{typeName}' has different kinds: {kinds}.", definitions.Select(d => d.Schema.Name));
            }
        }
    }
}

/// <summary>
/// Composite Schemas spec 4.2.2 "Enum Values Mismatch" (<c>ENUM_VALUES_MISMATCH</c>): an enum has the same values in every
/// source schema, apart from values that are <c>@inaccessible</c> in one of them.
/// </summary>
internal sealed class EnumValuesMismatchRule : PreMergeRule
{
    public override void Validate(CompositionContext context)
    {
        foreach (var typeName in context.TypeNames())
        {
            var enums = context.Definitions(typeName).Where(d => d.Type is EnumTypeDefinitionNode).Select(d => (d.Schema, Enum: (EnumTypeDefinitionNode)d.Type)).ToList();
            if (enums.Count < 2)
            {
                continue;
            }

            var inaccessible = enums.SelectMany(e => e.Enum.Values.Where(v => v.IsInaccessible()).Select(v => v.Name.Value)).ToHashSet(StringComparer.Ordinal);
            var required = enums.SelectMany(e => e.Enum.Values.Select(v => v.Name.Value)).Where(v => !inaccessible.Contains(v)).ToHashSet(StringComparer.Ordinal);
            foreach (var (schema, enumType) in enums)
            {
                var values = enumType.Values.Select(v => v.Name.Value).Where(v => !inaccessible.Contains(v)).ToHashSet(StringComparer.Ordinal);
                if (!values.SetEquals(required))
                {
                    var missing = string.Join(", ", required.Except(values));
                    var others = SyntaxFacts.Quote(enums.Where(e => e.Schema != schema).Select(e => e.Schema.Name));
                    context.Report("ENUM_VALUES_MISMATCH", $"The enum '{typeName}' in source schema '{schema.Name}' lacks the values {missing} that {others} define; mark them @inaccessible where they are not shared.", enums.Select(e => e.Schema.Name));
                }
            }
        }
    }
}

/// <summary>Composite Schemas spec 4.2.3 "Output Field Types Mergeable" (<c>OUTPUT_FIELD_TYPES_NOT_MERGEABLE</c>).</summary>
internal sealed class OutputFieldTypesMergeableRule : PreMergeRule
{
    public override void Validate(CompositionContext context)
    {
        foreach (var (typeName, fieldName, fields) in OutputFieldGroups(context))
        {
            if (fields.Count > 1 && TypeMerging.LeastRestrictive(fields.Select(f => (f.Field.Type, f.Schema)).ToList(), context) is null)
            {
                var types = string.Join(", ", fields.Select(f => $"'{f.Field.Type.Print()}' in '{f.Schema.Name}'"));
                context.Report("OUTPUT_FIELD_TYPES_NOT_MERGEABLE", $"The field '{typeName}.{fieldName}' has types that cannot be merged: {types}.", fields.Select(f => f.Schema.Name));
            }
        }
    }
}

/// <summary>Composite Schemas spec 4.2.3 "Field Argument Types Mergeable" (<c>FIELD_ARGUMENT_TYPES_NOT_MERGEABLE</c>).</summary>
internal sealed class FieldArgumentTypesMergeableRule : PreMergeRule
{
    public override void Validate(CompositionContext context)
    {
        foreach (var (typeName, fieldName, all) in OutputFieldGroups(context))
        {
            if (all.Any(f => f.Type.IsInaccessible() || f.Field.IsInaccessible()))
            {
                continue;
            }

            var fields = all.Where(f => !f.IsInternal).ToList();
            foreach (var argumentName in fields.SelectMany(f => f.Field.Arguments.Select(a => a.Name.Value)).Distinct())
            {
                var arguments = fields.Select(f => (f.Schema, Argument: f.Field.Arguments.FirstOrDefault(a => a.Name.Value == argumentName))).Where(a => a.Argument is not null).ToList();
                if (arguments.Any(a => !SyntaxFacts.SameTypeShape(a.Argument!.Type, arguments[0].Argument!.Type)))
                {
                    var types = string.Join(", ", arguments.Select(a => $"'{a.Argument!.Type.Print()}' in '{a.Schema.Name}'"));
                    context.Report("FIELD_ARGUMENT_TYPES_NOT_MERGEABLE", $"The argument '{typeName}.{fieldName}({argumentName}:)' has types that cannot be merged: {types}.", arguments.Select(a => a.Schema.Name));
                }
            }
        }
    }
}

/// <summary>
/// Composite Schemas spec 4.2.3 "Field With Missing Required Arguments" (<c>FIELD_WITH_MISSING_REQUIRED_ARGUMENT</c>): an
/// argument that is required (and not <c>@require</c>) in one definition of a field exists in every definition.
/// </summary>
internal sealed class FieldWithMissingRequiredArgumentRule : PreMergeRule
{
    public override void Validate(CompositionContext context)
    {
        foreach (var (typeName, fieldName, all) in OutputFieldGroups(context))
        {
            var fields = all.Where(f => !f.IsInternal).ToList();
            var required = fields
                .SelectMany(f => f.Field.Arguments.Where(a => a.Type.IsNonNull() && !a.Has("require")).Select(a => a.Name.Value))
                .Distinct()
                .ToList();
            foreach (var field in fields)
            {
                foreach (var argumentName in required)
                {
                    var argument = field.Field.Arguments.FirstOrDefault(a => a.Name.Value == argumentName);
                    if (argument is null || argument.Has("require"))
                    {
                        context.Report("FIELD_WITH_MISSING_REQUIRED_ARGUMENT", $"The required argument '{typeName}.{fieldName}({argumentName}:)' is missing in source schema '{field.Schema.Name}' (required in {Names(fields.Where(f => f != field))}).", fields.Select(f => f.Schema.Name));
                    }
                }
            }
        }
    }
}
