using System.CommandLine;
using Graph.Execution;
using Graph.Execution.Processing;
using Graph.Language;

namespace Graph.Cli.Commands;

/// <summary>
/// <c>graph validate --schema SCHEMA.graphql DOCUMENT.graphql</c>: prints <c>{"errors":[...]}</c>
/// (an empty list when the document is valid) with each error's message, locations and
/// <c>extensions.code</c>; exits 1 when there are errors.
/// </summary>
internal static class ValidateCommand
{
    public static Command Create(TextWriter output)
    {
        var schema = CommonOptions.Schema();
        var document = CommonOptions.Document();
        var command = new Command("validate", "Validate an executable document against a schema (GraphQL spec section 5).") { schema, document };
        command.SetAction(result => Run(result.GetValue(schema)!, result.GetValue(document)!, output));
        return command;
    }

    internal static int Run(string schemaPath, string documentPath, TextWriter output)
    {
        IReadOnlyList<GraphQLError> errors;
        try
        {
            var schema = SchemaFiles.Load(schemaPath);
            var document = Parser.Parse(InputFiles.ReadBytes(documentPath));
            errors = SpecifiedRulesValidator.Default.Validate(schema, document);
        }
        catch (GraphQLSyntaxException syntax)
        {
            errors = [ErrorJson.FromSyntax(syntax)];
        }
        catch (InvalidInputException invalid)
        {
            errors = invalid.Errors;
        }

        output.WriteLine(ErrorJson.From(errors));
        return errors.Count == 0 ? GraphCommand.Success : GraphCommand.GraphQLErrors;
    }
}
