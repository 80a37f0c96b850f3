using Graph.Language;

namespace Graph.Fusion.Execution;

/// <summary>Parses the selection sets and field definitions that <c>@fusion__*</c> arguments carry as strings.</summary>
internal static class SelectionSyntax
{
    public static SelectionSetNode Parse(string selections)
    {
        try
        {
            var text = selections.TrimStart().StartsWith('{') ? selections : "{ " + selections + " }";
            var document = Parser.Parse(text, new ParserOptions { NoLocations = true });
            return ((OperationDefinitionNode)document.Definitions[0]).SelectionSet;
        }
        catch (GraphQLSyntaxException syntax)
        {
            throw new FusionSchemaException($"'{selections}' is not a selection set: {syntax.Message}");
        }
    }

    public static FieldDefinitionNode ParseFieldDefinition(string field)
    {
        try
        {
            var document = Parser.Parse("type Lookup { " + field + " }", new ParserOptions { NoLocations = true });
            return ((ObjectTypeDefinitionNode)document.Definitions[0]).Fields[0];
        }
        catch (GraphQLSyntaxException syntax)
        {
            throw new FusionSchemaException($"'{field}' is not a field definition: {syntax.Message}");
        }
    }
}
