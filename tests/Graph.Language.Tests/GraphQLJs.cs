using System.Text;
using System.Text.Json;
using Graph.Testing;
using Graph.Testing.Node;

namespace Graph.Language.Tests;

/// <summary>graphql-js's answer for one input: printed output or a syntax error.</summary>
public sealed record GraphQLJsAnswer(bool Ok, string? Printed, string? Compact, string? Message, int Line, int Column);

/// <summary>
/// Runs graphql-js (npm <c>graphql@17.1.0</c>) through node ONCE for a whole corpus, via
/// <c>js/parse-print.js</c>. graphql-js is found through <c>GRAPHQL_JS_DIR</c> or
/// <c>&lt;repo&gt;/node_modules/graphql</c> (installed by <c>npm ci</c> at the repository root).
/// </summary>
public static class GraphQLJs
{
    public static IReadOnlyList<GraphQLJsAnswer> Run(IReadOnlyList<(string Kind, string Source)> inputs)
    {
        var script = RepositoryPaths.ResolveSourcePath(Path.Combine(SourceDirectory(), "js", "parse-print.js"));
        var lines = NodeScript.RunJsonLines(script, inputs.Select(i => $"{{\"kind\":{JsonString(i.Kind)},\"source\":{JsonString(i.Source)}}}").ToList());
        return lines.Select(Read).ToArray();
    }

    /// <summary>A JSON string with every non-ASCII code unit escaped, so lone surrogates reach node intact.</summary>
    private static string JsonString(string value)
    {
        var builder = new StringBuilder(value.Length + 2).Append('"');
        foreach (var c in value)
        {
            if (c is < ' ' or > '~' or '"' or '\\')
            {
                builder.Append("\\u").Append(((int)c).ToString("x4", System.Globalization.CultureInfo.InvariantCulture));
            }
            else
            {
                builder.Append(c);
            }
        }

        return builder.Append('"').ToString();
    }

    private static GraphQLJsAnswer Read(string line)
    {
        using var json = JsonDocument.Parse(line);
        var root = json.RootElement;
        if (root.TryGetProperty("crash", out var crash))
        {
            throw new InvalidOperationException($"graphql-js crashed: {crash.GetString()}");
        }

        if (root.GetProperty("ok").GetBoolean())
        {
            var compact = root.GetProperty("compact");
            return new GraphQLJsAnswer(
                true,
                root.GetProperty("printed").GetString(),
                compact.ValueKind == JsonValueKind.String ? compact.GetString() : null,
                null,
                0,
                0);
        }

        var locations = root.GetProperty("locations");
        var first = locations.GetArrayLength() > 0 ? locations[0] : default;
        return new GraphQLJsAnswer(
            false,
            null,
            null,
            root.GetProperty("message").GetString(),
            first.ValueKind == JsonValueKind.Object ? first.GetProperty("line").GetInt32() : 0,
            first.ValueKind == JsonValueKind.Object ? first.GetProperty("column").GetInt32() : 0);
    }

    private static string SourceDirectory([System.Runtime.CompilerServices.CallerFilePath] string path = "") =>
        Path.GetDirectoryName(path)!;
}
