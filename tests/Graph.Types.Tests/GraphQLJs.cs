using System.Text.Json;
using Graph.Testing;
using Graph.Testing.Node;

namespace Graph.Types.Tests;

/// <summary>graphql-js's answer for one SDL: the printed schema, or the error messages.</summary>
public sealed record GraphQLJsSchemaAnswer(string? Printed, IReadOnlyList<string> Errors);

/// <summary>
/// Runs graphql-js (npm <c>graphql@17.1.0</c>) through node once for a whole corpus via <c>js/build-print.js</c>.
/// graphql-js is found through <c>GRAPHQL_JS_DIR</c> or <c>&lt;repo&gt;/node_modules/graphql</c> (<c>npm ci</c>).
/// </summary>
public static class GraphQLJs
{
    public static IReadOnlyList<GraphQLJsSchemaAnswer> BuildAndPrint(IReadOnlyList<string> schemas)
    {
        var script = Path.Combine(RepositoryPaths.Root, "tests", "Graph.Types.Tests", "js", "build-print.js");
        var lines = NodeScript.RunJsonLines(script, schemas.Select(sdl => JsonSerializer.Serialize(new { sdl })).ToList());
        return lines.Select(line =>
        {
            using var json = JsonDocument.Parse(line);
            var root = json.RootElement;
            return root.TryGetProperty("printed", out var printed)
                ? new GraphQLJsSchemaAnswer(printed.GetString(), [])
                : new GraphQLJsSchemaAnswer(null, root.GetProperty("errors").EnumerateArray().Select(e => e.GetString()!).ToArray());
        }).ToArray();
    }
}
