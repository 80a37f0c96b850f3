using Graph.Execution;
using Graph.Language;
using Graph.Types;

namespace Graph.Cli;

/// <summary>
/// Builds the schema an SDL file describes, SDL-first, with default property resolvers over a
/// JSON root value. A broken schema is a GraphQL error of the input, reported as such.
/// </summary>
internal static class SchemaFiles
{
    public static Schema Load(string path)
    {
        var source = InputFiles.ReadBytes(path);
        DocumentNode document;
        try
        {
            document = Parser.Parse(source, ParserOptions.TypeSystem);
        }
        catch (GraphQLSyntaxException syntax)
        {
            throw new InvalidInputException([ErrorJson.FromSyntax(syntax)]);
        }

        try
        {
            return new SchemaBuilder().AddDocument(document).UseJsonDefaultResolvers().Build();
        }
        catch (SchemaValidationException invalid)
        {
            throw new InvalidInputException(invalid.Errors.Select(ToGraphQLError).ToList());
        }
    }

    private static GraphQLError ToGraphQLError(SchemaError error) =>
        new(error.Message, error.Locations.ToList());
}

/// <summary>The input (schema, document, variables) has GraphQL errors: print them, exit 1.</summary>
internal sealed class InvalidInputException(IReadOnlyList<GraphQLError> errors) : Exception("The input has GraphQL errors.")
{
    public IReadOnlyList<GraphQLError> Errors { get; } = errors;
}
