using Graph.Language;

namespace Graph.Fusion.Composition;

/// <summary>Removes usages of directives that are not composition or built-in directives, and the federation root fields.</summary>
internal static class DirectiveStripper
{
    public static TypeSystemDefinitionNode Strip(TypeSystemDefinitionNode definition, IReadOnlySet<string> federationQueryFields) => definition switch
    {
        ObjectTypeDefinitionNode o => o with
        {
            Directives = Keep(o.Directives),
            Fields = [.. o.Fields.Where(f => o.Name.Value != "Query" || !federationQueryFields.Contains(f.Name.Value)).Select(Field)],
        },
        InterfaceTypeDefinitionNode i => i with { Directives = Keep(i.Directives), Fields = [.. i.Fields.Select(Field)] },
        UnionTypeDefinitionNode u => u with { Directives = Keep(u.Directives) },
        EnumTypeDefinitionNode e => e with { Directives = Keep(e.Directives), Values = [.. e.Values.Select(v => v with { Directives = Keep(v.Directives) })] },
        InputObjectTypeDefinitionNode i => i with { Directives = Keep(i.Directives), Fields = [.. i.Fields.Select(InputValue)] },
        ScalarTypeDefinitionNode s => s with { Directives = Keep(s.Directives) },
        SchemaDefinitionNode s => s with { Directives = Keep(s.Directives) },
        _ => definition,
    };

    private static FieldDefinitionNode Field(FieldDefinitionNode field) =>
        field with { Directives = Keep(field.Directives), Arguments = [.. field.Arguments.Select(InputValue)] };

    private static InputValueDefinitionNode InputValue(InputValueDefinitionNode value) => value with { Directives = Keep(value.Directives) };

    private static IReadOnlyList<DirectiveNode> Keep(IReadOnlyList<DirectiveNode> directives) =>
        [.. directives.Where(d => SyntaxFacts.CompositionDirectives.Contains(d.Name.Value) || SyntaxFacts.BuiltInDirectives.Contains(d.Name.Value))];
}
