using Graph.Fusion.Composition.Rules.SourceSchemas;
using Graph.Language;

namespace Graph.Fusion.Composition.Rules.PostMerge;

/// <summary>
/// Validates a FieldSelectionMap against a set of source schemas (Appendix A, section 6.3 "Validation"): every path field
/// exists on its type in one of the schemas (<c>@internal</c> fields aside), its arguments are valid constants, and a
/// path ends on a leaf.
/// </summary>
internal static class SelectionMapValidator
{
    public static string? Problem(FieldSelectionMap map, string rootType, IReadOnlyList<SourceSchema> schemas)
    {
        foreach (var path in map.AllPaths())
        {
            var current = rootType;
            FieldDefinitionNode? last = null;
            SourceSchema? lastSchema = null;
            foreach (var segment in path.Segments)
            {
                current = segment.TypeCondition ?? current;
                var found = schemas
                    .Select(s => (Schema: s, Field: s.Type(current)?.Field(segment.Field)))
                    .FirstOrDefault(f => f.Field is not null && !f.Field.IsInternal());
                if (found.Field is null)
                {
                    return $"'{current}.{segment.Field}' is not a field any of {SyntaxFacts.Quote(schemas.Select(s => s.Name))} resolves";
                }

                if (KeyInvalidArgumentsRule.ArgumentProblem(found.Schema, found.Field, segment.Arguments) is { } problem)
                {
                    return $"'{current}.{segment.Field}': {problem}";
                }

                last = found.Field;
                lastSchema = found.Schema;
                current = found.Field.Type.NamedType();
            }

            if (last is not null && lastSchema!.Type(current) is { } terminal && terminal.IsComposite())
            {
                return $"the path '{path}' ends on the composite type '{current}' without selecting its fields";
            }
        }

        return null;
    }
}

/// <summary>Composite Schemas spec 4.4.6 "Is Invalid Fields" (<c>IS_INVALID_FIELDS</c>): <c>@is</c> selects fields of the lookup's type.</summary>
internal sealed class IsInvalidFieldsRule : ICompositionRule
{
    public void Validate(CompositionContext context)
    {
        foreach (var schema in context.Schemas)
        {
            foreach (var type in schema.CompositeTypes)
            {
                foreach (var field in type.Fields())
                {
                    foreach (var argument in field.Arguments)
                    {
                        if (argument.Directive("is")?.StringArgument("field") is not { } text || !FieldSelectionMap.TryParse(text, out var map))
                        {
                            continue;
                        }

                        if (SelectionMapValidator.Problem(map!, field.Type.NamedType(), context.Schemas) is { } problem)
                        {
                            context.Report("IS_INVALID_FIELDS", $"The @is(field: \"{text}\") on '{type.Name.Value}.{field.Name.Value}({argument.Name.Value}:)' in source schema '{schema.Name}' is invalid: {problem}.", schema.Name);
                        }
                    }
                }
            }
        }
    }
}

/// <summary>
/// Composite Schemas spec 4.4.7 "Require Invalid Fields" (<c>REQUIRE_INVALID_FIELDS</c>): <c>@require</c> selects fields of
/// the declaring type that other source schemas resolve.
/// </summary>
internal sealed class RequireInvalidFieldsRule : ICompositionRule
{
    public void Validate(CompositionContext context)
    {
        foreach (var schema in context.Schemas)
        {
            var others = context.Schemas.Where(s => s != schema).ToList();
            foreach (var type in schema.CompositeTypes)
            {
                foreach (var field in type.Fields())
                {
                    foreach (var argument in field.Arguments)
                    {
                        if (argument.Directive("require")?.StringArgument("field") is not { } text || !FieldSelectionMap.TryParse(text, out var map))
                        {
                            continue;
                        }

                        if (SelectionMapValidator.Problem(map!, type.Name.Value, others) is { } problem)
                        {
                            context.Report("REQUIRE_INVALID_FIELDS", $"The @require(field: \"{text}\") on '{type.Name.Value}.{field.Name.Value}({argument.Name.Value}:)' in source schema '{schema.Name}' is invalid: {problem}.", [schema.Name, .. others.Select(o => o.Name)]);
                        }
                    }
                }
            }
        }
    }
}
