using System.CommandLine;
using Graph.Language;

namespace Graph.Cli.Commands;

/// <summary>
/// <c>graph parse FILE</c>: prints the document re-printed (indented, as graphql-js
/// <c>print</c>); on a syntax error prints <c>{"errors":[...]}</c> and exits 1.
/// </summary>
internal static class ParseCommand
{
    public static Command Create(TextWriter output)
    {
        var file = new Argument<string>("FILE") { Description = "A GraphQL document (executable or SDL); - for standard input." };
        var command = new Command("parse", "Parse a GraphQL document and print it back, indented.") { file };
        command.SetAction(result => Run(InputFiles.ReadBytes(result.GetValue(file)!), output));
        return command;
    }

    internal static int Run(byte[] source, TextWriter output)
    {
        try
        {
            // Files may be large schemas: the type-system limits apply, not the request limits.
            var document = Parser.Parse(source, ParserOptions.TypeSystem);
            output.WriteLine(SyntaxPrinter.Print(document));
            return GraphCommand.Success;
        }
        catch (GraphQLSyntaxException error)
        {
            output.WriteLine(ErrorJson.FromSyntaxError(error));
            return GraphCommand.GraphQLErrors;
        }
    }
}
