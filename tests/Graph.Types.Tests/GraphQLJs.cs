using System.Diagnostics;
using System.Text;
using System.Text.Json;
using Graph.Testing;

namespace Graph.Types.Tests;

/// <summary>graphql-js's answer for one SDL: the printed schema, or the error messages.</summary>
public sealed record GraphQLJsSchemaAnswer(string? Printed, IReadOnlyList<string> Errors);

/// <summary>
/// Runs graphql-js (npm <c>graphql@17.1.0</c>) through node once for a whole corpus via <c>js/build-print.js</c>.
/// graphql-js is found through <c>GRAPHQL_JS_DIR</c> or <c>&lt;repo&gt;/node_modules/graphql</c> (<c>npm ci</c>).
/// </summary>
public static class GraphQLJs
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

    public static IReadOnlyList<GraphQLJsSchemaAnswer> BuildAndPrint(IReadOnlyList<string> schemas)
    {
        var script = Path.Combine(RepositoryPaths.Root, "tests", "Graph.Types.Tests", "js", "build-print.js");
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
        foreach (var sdl in schemas)
        {
            process.StandardInput.Write(JsonSerializer.Serialize(new { sdl }));
            process.StandardInput.Write('\n');
        }

        process.StandardInput.Close();
        process.WaitForExit();
        var lines = output.Result.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        if (process.ExitCode != 0 || lines.Length != schemas.Count)
        {
            throw new InvalidOperationException($"node answered {lines.Length} of {schemas.Count} inputs: {errors.Result}");
        }

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
