using Graph.Language;

namespace Graph.Fusion.Composition.Rules.PreMerge;

/// <summary>One field definition of one source schema, for the rules that compare a field across source schemas.</summary>
internal sealed record SourceField(SourceSchema Schema, TypeDefinitionNode Type, FieldDefinitionNode Field)
{
    public bool IsExternal => Field.IsExternal();

    public bool IsInternal => Field.IsInternal() || Type.IsInternal();
}

/// <summary>Shared grouping of the pre-merge rules (spec 4.2): output fields by type name and field name across source schemas.</summary>
internal abstract class PreMergeRule : ICompositionRule
{
    public abstract void Validate(CompositionContext context);

    protected static IEnumerable<(string TypeName, string FieldName, List<SourceField> Fields)> OutputFieldGroups(CompositionContext context)
    {
        foreach (var typeName in context.TypeNames())
        {
            var definitions = context.Definitions(typeName).Where(d => d.Type.IsComposite()).ToList();
            foreach (var fieldName in definitions.SelectMany(d => d.Type.Fields().Select(f => f.Name.Value)).Distinct())
            {
                var fields = definitions
                    .Where(d => d.Type.Field(fieldName) is not null)
                    .Select(d => new SourceField(d.Schema, d.Type, d.Type.Field(fieldName)!))
                    .ToList();
                yield return (typeName, fieldName, fields);
            }
        }
    }

    protected static string Names(IEnumerable<SourceField> fields) => SyntaxFacts.Quote(fields.Select(f => f.Schema.Name));
}
