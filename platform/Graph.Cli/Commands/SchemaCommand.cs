using System.CommandLine;
using Graph.Types;

namespace Graph.Cli.Commands;

/// <summary>
/// <c>graph schema print SCHEMA.graphql</c>: the schema in canonical form (see
/// <see cref="SchemaPrinter"/>: built-ins omitted, definition order kept).
/// </summary>
internal static class SchemaCommand
{
    public static Command Create(TextWriter output)
    {
        var file = new Argument<string>("SCHEMA") { Description = "The schema, as an SDL file." };
        var print = new Command("print", "Print a schema in canonical form.") { file };
        print.SetAction(result => Print(result.GetValue(file)!, output));
        return new Command("schema", "Work with schemas.") { print };
    }

    internal static int Print(string path, TextWriter output)
    {
        try
        {
            output.Write(SchemaPrinter.Print(SchemaFiles.Load(path)));
            output.WriteLine();
            return GraphCommand.Success;
        }
        catch (InvalidInputException invalid)
        {
            output.WriteLine(ErrorJson.From(invalid.Errors));
            return GraphCommand.GraphQLErrors;
        }
    }
}
