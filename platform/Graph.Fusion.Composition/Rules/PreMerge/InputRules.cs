using Graph.Language;

namespace Graph.Fusion.Composition.Rules.PreMerge;

/// <summary>Shared grouping of input fields by input type and field name across source schemas (spec 4.2.4).</summary>
internal abstract class InputFieldRule : PreMergeRule
{
    protected static IEnumerable<(string TypeName, List<(SourceSchema Schema, InputObjectTypeDefinitionNode Type)> Types)> InputTypes(CompositionContext context) =>
        context.TypeNames()
            .Select(name => (name, context.Definitions(name).Where(d => d.Type is InputObjectTypeDefinitionNode).Select(d => (d.Schema, (InputObjectTypeDefinitionNode)d.Type)).ToList()))
            .Where(g => g.Item2.Count > 0);

    protected static IEnumerable<(string FieldName, List<(SourceSchema Schema, InputValueDefinitionNode Field)> Fields)> FieldGroups(List<(SourceSchema Schema, InputObjectTypeDefinitionNode Type)> types) =>
        types.SelectMany(t => t.Type.Fields.Select(f => f.Name.Value)).Distinct()
            .Select(name => (name, types.Select(t => (t.Schema, Field: t.Type.Fields.FirstOrDefault(f => f.Name.Value == name)!)).Where(f => f.Field is not null).ToList()));
}

/// <summary>Composite Schemas spec 4.2.4 "Input Field Default Mismatch" (<c>INPUT_FIELD_DEFAULT_MISMATCH</c>).</summary>
internal sealed class InputFieldDefaultMismatchRule : InputFieldRule
{
    public override void Validate(CompositionContext context)
    {
        foreach (var (typeName, types) in InputTypes(context))
        {
            foreach (var (fieldName, fields) in FieldGroups(types))
            {
                var defaults = fields.Where(f => f.Field.DefaultValue is not null).ToList();
                if (defaults.Select(f => f.Field.DefaultValue!.PrintValue()).Distinct().Count() > 1)
                {
                    var values = string.Join(", ", defaults.Select(f => $"{f.Field.DefaultValue!.PrintValue()} in '{f.Schema.Name}'"));
                    context.Report("INPUT_FIELD_DEFAULT_MISMATCH", $"The input field '{typeName}.{fieldName}' has different default values: {values}.", defaults.Select(f => f.Schema.Name));
                }
            }
        }
    }
}

/// <summary>Composite Schemas spec 4.2.4 "Input Field Types mergeable" (<c>INPUT_FIELD_TYPES_NOT_MERGEABLE</c>).</summary>
internal sealed class InputFieldTypesMergeableRule : InputFieldRule
{
    public override void Validate(CompositionContext context)
    {
        foreach (var (typeName, types) in InputTypes(context))
        {
            foreach (var (fieldName, fields) in FieldGroups(types))
            {
                if (fields.Any(f => !SyntaxFacts.SameTypeShape(f.Field.Type, fields[0].Field.Type)))
                {
                    var list = string.Join(", ", fields.Select(f => $"'{f.Field.Type.Print()}' in '{f.Schema.Name}'"));
                    context.Report("INPUT_FIELD_TYPES_NOT_MERGEABLE", $"The input field '{typeName}.{fieldName}' has types that cannot be merged: {list}.", fields.Select(f => f.Schema.Name));
                }
            }
        }
    }
}

/// <summary>
/// Composite Schemas spec 4.2.4 "Input With Missing Required Fields" (<c>INPUT_WITH_MISSING_REQUIRED_FIELDS</c>): a field
/// that is non-null in one definition of an input type exists in every definition.
/// </summary>
internal sealed class InputWithMissingRequiredFieldsRule : InputFieldRule
{
    public override void Validate(CompositionContext context)
    {
        foreach (var (typeName, types) in InputTypes(context))
        {
            if (types.Any(t => t.Type.IsInaccessible()))
            {
                continue;
            }

            var groups = FieldGroups(types).ToList();
            var required = groups
                .Where(g => g.Fields.Any(f => f.Field.Type.IsNonNull()) && g.Fields.All(f => !f.Field.IsInaccessible()))
                .Select(g => g.FieldName);
            foreach (var fieldName in required)
            {
                var requiring = SyntaxFacts.Quote(types.Where(t => t.Type.Fields.Any(f => f.Name.Value == fieldName && f.Type.IsNonNull())).Select(t => t.Schema.Name));
                foreach (var (schema, _) in types.Where(t => t.Type.Fields.All(f => f.Name.Value != fieldName)))
                {
                    context.Report("INPUT_WITH_MISSING_REQUIRED_FIELDS", $"The input type '{typeName}' in source schema '{schema.Name}' lacks the field '{fieldName}', which {requiring} require.", types.Select(t => t.Schema.Name));
                }
            }
        }
    }
}
