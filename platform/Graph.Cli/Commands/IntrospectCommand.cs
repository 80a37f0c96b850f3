using System.CommandLine;
using Graph.Execution;
using Graph.Execution.Introspection;
using Graph.Execution.Processing;

namespace Graph.Cli.Commands;

/// <summary>
/// <c>graph introspect --schema SCHEMA.graphql</c>: the response to the standard full
/// introspection query (graphql-js <c>getIntrospectionQuery</c> with specifiedByURL,
/// isRepeatable, input value deprecation and oneOf), as JSON: <c>{"data":{"__schema":...}}</c>.
/// </summary>
internal static class IntrospectCommand
{
    public static Command Create(TextWriter output)
    {
        var schema = CommonOptions.Schema();
        var command = new Command("introspect", "Print the result of the full introspection query.") { schema };
        command.SetAction((result, cancellationToken) => RunAsync(result.GetValue(schema)!, output, cancellationToken));
        return command;
    }

    internal static async Task<int> RunAsync(string schemaPath, TextWriter output, CancellationToken cancellationToken)
    {
        OperationResult result;
        try
        {
            var executor = new RequestExecutor(SchemaFiles.Load(schemaPath), new ExecutorOptions { Validator = SpecifiedRulesValidator.Default });
            result = (OperationResult)await executor.ExecuteAsync(new OperationRequest { Document = IntrospectionQuery.Full }, cancellationToken);
        }
        catch (InvalidInputException invalid)
        {
            result = OperationResult.FromErrors(invalid.Errors);
        }

        output.WriteLine(result.ToJson());
        return result.HasData && result.Errors.Count == 0 ? GraphCommand.Success : GraphCommand.GraphQLErrors;
    }
}
