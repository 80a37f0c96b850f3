using System.Text.Json.Nodes;
using Graph.Testing;
using Graph.Testing.Node;

namespace Graph.Execution.Tests.Support;

/// <summary>Runs graphql-js (npm <c>graphql@17.1.0</c>) through node once for a whole corpus (<c>js/graphql-js.js</c>).</summary>
internal static class GraphQLJs
{
    /// <summary>One answer (a JSON object) per input line, in order.</summary>
    public static IReadOnlyList<JsonObject> Run(IReadOnlyList<JsonObject> inputs)
    {
        var script = Path.Combine(RepositoryPaths.Root, "tests", "Graph.Execution.Tests", "js", "graphql-js.js");
        return NodeScript.RunJsonLines(script, inputs.Select(i => i.ToJsonString()).ToList())
            .Select(line => JsonNode.Parse(line)!.AsObject())
            .ToArray();
    }
}
