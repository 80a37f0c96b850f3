using System.CommandLine;
using Graph.Cli.Commands;

namespace Graph.Cli;

/// <summary>
/// The <c>graph</c> command line. Exit codes: 0 success, 1 the input has GraphQL errors
/// (syntax, validation, request errors), 2 usage errors (unknown command, missing file).
/// </summary>
public static class GraphCommand
{
    public const int Success = 0;
    public const int GraphQLErrors = 1;
    public const int UsageError = 2;

    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error)
    {
        var root = new RootCommand("Graph's GraphQL tools: parse, validate, execute and print GraphQL documents and schemas.")
        {
            ParseCommand.Create(output),
            ValidateCommand.Create(output),
            ExecuteCommand.Create(output),
            SchemaCommand.Create(output),
            IntrospectCommand.Create(output),
            ComposeCommand.Create(output),
            CodegenCommand.Create(output, error),
        };

        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            foreach (var problem in parsed.Errors)
            {
                await error.WriteLineAsync(problem.Message);
            }

            await error.WriteLineAsync("Run 'graph --help' for usage.");
            return UsageError;
        }

        try
        {
            return await parsed.InvokeAsync(new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false });
        }
        catch (CliUsageException usage)
        {
            await error.WriteLineAsync(usage.Message);
            return UsageError;
        }
    }
}
