using System.Diagnostics;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Graph.Testing;

namespace Graph.Execution.Tests.Support;

/// <summary>
/// Runs graphql-js (npm <c>graphql@17.1.0</c>) through node once for a whole corpus (<c>js/graphql-js.js</c>).
/// Found through <c>GRAPHQL_JS_DIR</c> or <c>&lt;repo&gt;/node_modules/graphql</c> (run <c>npm ci</c>).
/// </summary>
internal static class GraphQLJs
{
    public static string PackageDirectory
    {
        get
        {
            var fromEnvironment = Environment.GetEnvironmentVariable("GRAPHQL_JS_DIR");
            var directory = string.IsNullOrEmpty(fromEnvironment)
                ? Path.Combine(RepositoryPaths.Root, "node_modules", "graphql")
                : fromEnvironment;
            return File.Exists(Path.Combine(directory, "package.json"))
                ? Path.GetFullPath(directory)
                : throw new InvalidOperationException($"graphql-js not found at {directory}: run `npm ci` at the repository root or set GRAPHQL_JS_DIR.");
        }
    }

    /// <summary>One answer (a JSON object) per input line, in order.</summary>
    public static IReadOnlyList<JsonObject> Run(IReadOnlyList<JsonObject> inputs)
    {
        var script = Path.Combine(RepositoryPaths.Root, "tests", "Graph.Execution.Tests", "js", "graphql-js.js");
        var start = new ProcessStartInfo("node", [script])
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardInputEncoding = new UTF8Encoding(false),
            StandardOutputEncoding = Encoding.UTF8,
        };
        start.Environment["GRAPHQL_JS_DIR"] = PackageDirectory;
        using var process = Process.Start(start) ?? throw new InvalidOperationException("node did not start");
        var errors = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEndAsync();
        foreach (var input in inputs)
        {
            process.StandardInput.Write(input.ToJsonString());
            process.StandardInput.Write('\n');
        }

        process.StandardInput.Close();
        process.WaitForExit();
        var lines = output.Result.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        if (process.ExitCode != 0 || lines.Length != inputs.Count)
        {
            throw new InvalidOperationException($"node answered {lines.Length} of {inputs.Count} inputs: {errors.Result}");
        }

        return lines.Select(line => JsonNode.Parse(line)!.AsObject()).ToArray();
    }
}
