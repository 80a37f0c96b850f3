using System.Diagnostics;
using System.Text.Json;
using System.Text.Json.Nodes;
using Graph.Cli.Tests.Corpus;
using Graph.Testing;

namespace Graph.Cli.Tests;

/// <summary>
/// Answers every corpus case with graphql-js 17 (npm <c>graphql</c>, installed by <c>./graph setup</c>),
/// running node once for the whole corpus.
/// </summary>
internal static class GraphQLJsReference
{
    private static readonly JsonSerializerOptions CamelCase = new(JsonSerializerDefaults.Web);

    public static IReadOnlyDictionary<string, JsonObject> Answer(IReadOnlyList<CliCase> cases)
    {
        var script = Path.Combine(RepositoryPaths.Root, "tests", "Graph.Cli.Tests", "js", "reference.mjs");
        var start = new ProcessStartInfo("node")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.ArgumentList.Add(script);
        start.ArgumentList.Add(RepositoryPaths.Root);
        using var node = Process.Start(start) ?? throw new InvalidOperationException("node did not start");
        var output = node.StandardOutput.ReadToEndAsync();
        var error = node.StandardError.ReadToEndAsync();
        foreach (var c in cases)
        {
            node.StandardInput.WriteLine(JsonSerializer.Serialize(new
            {
                command = c.Command,
                schema = c.Schema,
                document = c.Document,
                rootValue = c.RootValue is null ? null : JsonNode.Parse(c.RootValue),
                variables = c.Variables is null ? null : JsonNode.Parse(c.Variables),
                operationName = c.OperationName,
            }, CamelCase));
        }

        node.StandardInput.Close();
        if (!node.WaitForExit(TimeSpan.FromMinutes(2)) || node.ExitCode != 0)
        {
            throw new InvalidOperationException($"graphql-js reference failed: {error.Result}");
        }

        var answers = output.Result.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonNode.Parse(l)!.AsObject()).ToList();
        if (answers.Count != cases.Count)
        {
            throw new InvalidOperationException($"graphql-js answered {answers.Count} of {cases.Count} cases: {error.Result}");
        }

        return cases.Select((c, i) => (c.Name, Answer: answers[i])).ToDictionary(x => x.Name, x => x.Answer);
    }
}
