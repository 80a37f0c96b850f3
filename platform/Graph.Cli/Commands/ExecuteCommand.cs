using System.CommandLine;
using System.Text.Json;
using Graph.Execution;
using Graph.Execution.Processing;

namespace Graph.Cli.Commands;

/// <summary>
/// <c>graph execute --schema S --root-value DATA.json [--variables VARS.json] [--operation NAME] DOCUMENT</c>:
/// executes SDL-first with default property resolvers over the JSON root value and prints the
/// response exactly as a server sends it. Exit 0 even with field errors; exit 1 for request
/// errors (parse, validation, variable coercion), still printing the response.
/// </summary>
internal static class ExecuteCommand
{
    public static Command Create(TextWriter output)
    {
        var schema = CommonOptions.Schema();
        var rootValue = new Option<string>("--root-value") { Description = "The root value, a JSON file; fields read the property of their name, abstract types resolve by __typename.", Required = true };
        var variables = new Option<string?>("--variables") { Description = "Variable values, a JSON object file." };
        var operation = new Option<string?>("--operation") { Description = "The name of the operation to run." };
        var document = CommonOptions.Document();
        var command = new Command("execute", "Execute a document over a JSON root value and print the GraphQL response.")
        {
            schema, rootValue, variables, operation, document,
        };
        command.SetAction((result, cancellationToken) => RunAsync(
            new ExecuteInput(result.GetValue(schema)!, result.GetValue(rootValue)!, result.GetValue(variables), result.GetValue(operation), result.GetValue(document)!),
            output,
            cancellationToken));
        return command;
    }

    internal static async Task<int> RunAsync(ExecuteInput input, TextWriter output, CancellationToken cancellationToken)
    {
        OperationResult result;
        try
        {
            var schema = SchemaFiles.Load(input.SchemaPath);
            var executor = new RequestExecutor(schema, new ExecutorOptions { Validator = SpecifiedRulesValidator.Default });
            var request = new OperationRequest
            {
                Document = System.Text.Encoding.UTF8.GetString(InputFiles.ReadBytes(input.DocumentPath)),
                RootValue = ReadJson(input.RootValuePath, "--root-value"),
                Variables = input.VariablesPath is null ? null : ReadJson(input.VariablesPath, "--variables"),
                OperationName = input.OperationName,
            };
            var executed = await executor.ExecuteAsync(request, cancellationToken);
            result = executed as OperationResult
                ?? throw new CliUsageException("graph execute runs queries and mutations; a subscription yields a stream of results.");
        }
        catch (InvalidInputException invalid)
        {
            result = OperationResult.FromErrors(invalid.Errors);
        }

        output.WriteLine(result.ToJson());
        return result.HasData ? GraphCommand.Success : GraphCommand.GraphQLErrors;
    }

    private static JsonElement ReadJson(string path, string option)
    {
        try
        {
            using var document = JsonDocument.Parse(InputFiles.ReadBytes(path));
            return document.RootElement.Clone();
        }
        catch (JsonException error)
        {
            throw new CliUsageException($"graph: {option} {path} is not valid JSON: {error.Message}");
        }
    }
}

internal sealed record ExecuteInput(string SchemaPath, string RootValuePath, string? VariablesPath, string? OperationName, string DocumentPath);
