using System.Text.Json;
using Graph.Testing.Node;

namespace Graph.Execution.Tests.Validation;

/// <summary>graphql-js 17.1.0's answer for one document: its validation errors, or its syntax error.</summary>
public sealed record GraphqlJsAnswer(IReadOnlyList<ExpectedError> Errors, string? SyntaxError);

/// <summary>
/// Runs <c>js/validate.js</c> under node once for a whole corpus: one JSON line {schema, document} per case in,
/// one JSON line with graphql-js's <c>validate()</c> errors out. graphql-js comes from <c>GRAPHQL_JS_DIR</c> or the
/// repository's <c>node_modules</c> (<c>npm ci</c> at the root).
/// </summary>
public static class GraphqlJsOracle
{
    public static string ScriptPath => Path.Combine(ValidationHarness.SchemaDirectory, "js", "validate.js");

    public static IReadOnlyList<GraphqlJsAnswer> Validate(IReadOnlyList<(string Schema, string Document)> corpus)
    {
        var inputs = corpus.Select(c => JsonSerializer.Serialize(new { schema = c.Schema, document = c.Document })).ToList();
        var answers = NodeScript.RunJsonLines(ScriptPath, inputs).Select(Read).ToList();
        return answers;
    }

    private static GraphqlJsAnswer Read(string line)
    {
        using var json = JsonDocument.Parse(line);
        var root = json.RootElement;
        if (root.TryGetProperty("syntaxError", out var syntaxError))
        {
            return new GraphqlJsAnswer([], syntaxError.GetString());
        }

        var errors = root.GetProperty("errors").EnumerateArray().Select(e => new ExpectedError(
            e.GetProperty("message").GetString()!,
            e.GetProperty("locations").EnumerateArray().Select(l => $"{l.GetProperty("line").GetInt32()}:{l.GetProperty("column").GetInt32()}").ToList()))
            .ToList();
        return new GraphqlJsAnswer(errors, null);
    }
}
