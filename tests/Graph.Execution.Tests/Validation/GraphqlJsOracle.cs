using System.Diagnostics;
using System.Text;
using System.Text.Json;

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
        var start = new ProcessStartInfo("node", [ScriptPath])
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardInputEncoding = new UTF8Encoding(false),
            StandardOutputEncoding = Encoding.UTF8,
        };
        using var process = Process.Start(start) ?? throw new InvalidOperationException("node could not be started.");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        foreach (var (schema, document) in corpus)
        {
            process.StandardInput.WriteLine(JsonSerializer.Serialize(new { schema, document }));
        }

        process.StandardInput.Close();
        if (!process.WaitForExit(TimeSpan.FromMinutes(2)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("graphql-js did not answer within 2 minutes.");
        }

        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException(
                $"node {ScriptPath} failed ({process.ExitCode}); is graphql-js installed (npm ci at the repository root, or GRAPHQL_JS_DIR)?\n{stderr.Result}");
        }

        var answers = stdout.Result.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(Read).ToList();
        if (answers.Count != corpus.Count)
        {
            throw new InvalidOperationException($"graphql-js answered {answers.Count} of {corpus.Count} documents.\n{stderr.Result}");
        }

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
