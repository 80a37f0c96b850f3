using System.Diagnostics;
using System.Text.Json;
using Graph.Testing;

namespace Graph.Benchmarks.Engine;

/// <summary>One graphql-js workload in one node process: ops/s of every timed sample.</summary>
internal sealed record GraphQLJsMeasurement(IReadOnlyList<double> Samples)
{
    public double Median => Statistics.Median(Samples);
}

/// <summary>Every node process's measurement per workload.</summary>
internal sealed record GraphQLJsResults(string NodeVersion, string GraphQLVersion, IReadOnlyDictionary<string, IReadOnlyList<GraphQLJsMeasurement>> Runs)
{
    /// <summary>The best process median of a workload: graphql-js's figure, the strictest one for our goals.</summary>
    public double Best(string workload) => Runs[workload].Max(r => r.Median);
}

/// <summary>
/// Runs <c>js/engine.js</c> (graphql-js, through node) on the workload folder, one fresh node process per workload so
/// that no workload's heap or JIT state influences another's, and reads its JSON report.
/// </summary>
internal static class GraphQLJsRunner
{
    public static IReadOnlyList<string> WorkloadNames { get; } = ["parseSdl", "parseQuery", "validateQuery", "executeCatalog"];

    public static string Script => Path.Combine(RepositoryPaths.Root, "tests", "Graph.Benchmarks", "Engine", "js", "engine.js");

    public static string GraphQLJsDirectory =>
        Environment.GetEnvironmentVariable("GRAPHQL_JS_DIR") is { Length: > 0 } dir ? dir : Path.Combine(RepositoryPaths.Root, "node_modules", "graphql");

    /// <summary>Every workload once, each in its own process, in order.</summary>
    public static async Task<GraphQLJsResults> RunAsync(EngineWorkloads workloads, int samples, int sampleMilliseconds)
    {
        if (!File.Exists(Path.Combine(GraphQLJsDirectory, "index.js")))
        {
            throw new InvalidOperationException($"graphql-js not found in {GraphQLJsDirectory}; run `npm ci` at the repository root or set GRAPHQL_JS_DIR.");
        }

        var runs = new Dictionary<string, IReadOnlyList<GraphQLJsMeasurement>>(StringComparer.Ordinal);
        string node = "", graphql = "";
        foreach (var name in WorkloadNames)
        {
            using var report = await RunOneAsync(workloads, name, samples, sampleMilliseconds).ConfigureAwait(false);
            var root = report.RootElement;
            node = root.GetProperty("node").GetString()!;
            graphql = root.GetProperty("graphql").GetString()!;
            var samplesOfRun = root.GetProperty("results").GetProperty(name).GetProperty("samples").EnumerateArray().Select(s => s.GetDouble()).ToArray();
            runs[name] = [new GraphQLJsMeasurement(samplesOfRun)];
        }

        return new GraphQLJsResults(node, graphql, runs);
    }

    /// <summary>The runs of both results per workload (graphql-js runs before and after ours, so both see similar load).</summary>
    public static GraphQLJsResults Combine(GraphQLJsResults first, GraphQLJsResults second) => first with
    {
        Runs = first.Runs.ToDictionary(r => r.Key, r => (IReadOnlyList<GraphQLJsMeasurement>)[.. r.Value, .. second.Runs[r.Key]], StringComparer.Ordinal),
    };

    private static async Task<JsonDocument> RunOneAsync(EngineWorkloads workloads, string name, int samples, int sampleMilliseconds)
    {
        var start = new ProcessStartInfo("node", [Script, workloads.Directory, "--only", name, "--samples", $"{samples}", "--sample-ms", $"{sampleMilliseconds}"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.Environment["GRAPHQL_JS_DIR"] = GraphQLJsDirectory;
        using var process = Process.Start(start) ?? throw new InvalidOperationException("node did not start");
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync().ConfigureAwait(false);
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"node {Script} --only {name} exited with {process.ExitCode}: {await errors.ConfigureAwait(false)}");
        }

        return JsonDocument.Parse(await output.ConfigureAwait(false));
    }
}
