using System.Text.Json;
using System.Text.Json.Nodes;
using Graph.Cli.Tests.Corpus;
using Graph.Testing;
using Graph.Testing.Node;

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
        var inputs = cases.Select(c => JsonSerializer.Serialize(new
        {
            command = c.Command,
            schema = c.Schema,
            document = c.Document,
            rootValue = c.RootValue is null ? null : JsonNode.Parse(c.RootValue),
            variables = c.Variables is null ? null : JsonNode.Parse(c.Variables),
            operationName = c.OperationName,
        }, CamelCase)).ToList();
        var answers = NodeScript.RunJsonLines(script, inputs).Select(line => JsonNode.Parse(line)!.AsObject()).ToList();
        return cases.Select((c, i) => (c.Name, Answer: answers[i])).ToDictionary(x => x.Name, x => x.Answer);
    }
}
