using System.CommandLine;
using Graph.Client.Generator;

namespace Graph.Cli.Commands;

/// <summary>
/// <c>graph codegen --schema SCHEMA --namespace NS --client-name NAME --output FILE OPERATIONS...</c>: generates the typed
/// .NET client of the operations (clients/dotnet). Errors are printed in MSBuild's canonical format
/// (<c>file(line,col): error GQL0001: Operation 'X': field 'y': ...</c>) so a build running this fails with them; exit 1.
/// </summary>
internal static class CodegenCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var schema = CommonOptions.Schema();
        var ns = new Option<string>("--namespace") { Description = "The namespace of the generated code.", Required = true };
        var clientName = new Option<string>("--client-name") { Description = "The generated client class, e.g. ShopClient.", Required = true };
        var outputFile = new Option<string>("--output") { Description = "The C# file to write.", Required = true };
        var operations = new Argument<string[]>("OPERATIONS")
        {
            Description = "The .graphql files with the operations and fragments.",
            Arity = ArgumentArity.OneOrMore,
        };
        var command = new Command("codegen", "Generate a typed .NET client from a schema and .graphql operations.")
        {
            schema, ns, clientName, outputFile, operations,
        };
        command.SetAction(result => Run(result.GetValue(schema)!, result.GetValue(ns)!, result.GetValue(clientName)!,
            result.GetValue(outputFile)!, result.GetValue(operations)!, output, error));
        return command;
    }

    internal static int Run(string schemaPath, string ns, string clientName, string outputPath, IReadOnlyList<string> operationPaths,
        TextWriter output, TextWriter error)
    {
        if (!IsIdentifier(clientName) || !ns.Split('.').All(IsIdentifier))
        {
            throw new CliUsageException($"'{ns}' and '{clientName}' must be a C# namespace and a C# identifier.");
        }

        var schemaFile = new GraphQLSourceFile(schemaPath, ReadText(schemaPath));
        var files = operationPaths.Select(path => new GraphQLSourceFile(path, ReadText(path))).ToList();
        var result = ClientGenerator.Generate(schemaFile, files, new CodegenOptions(ns, clientName));
        if (!result.Succeeded)
        {
            foreach (var problem in result.Errors)
            {
                error.WriteLine(problem.ToString());
            }

            return GraphCommand.GraphQLErrors;
        }

        var directory = Path.GetDirectoryName(Path.GetFullPath(outputPath));
        if (directory is not null)
        {
            Directory.CreateDirectory(directory);
        }

        File.WriteAllText(outputPath, result.Source);
        output.WriteLine($"Generated {clientName} from {files.Count} operation file(s): {outputPath}");
        return GraphCommand.Success;
    }

    private static string ReadText(string path) =>
        File.Exists(path) ? File.ReadAllText(path) : throw new CliUsageException($"File not found: {path}");

    private static bool IsIdentifier(string name) =>
        name.Length > 0 && (char.IsLetter(name[0]) || name[0] == '_') && name.All(c => char.IsLetterOrDigit(c) || c == '_');
}
