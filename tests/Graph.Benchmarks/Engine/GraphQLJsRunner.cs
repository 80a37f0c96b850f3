using System.Text.Json;
using Graph.Testing;
using Graph.Testing.Node;

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

    // Generous: a workload runs its warm-up and samples; the bound only stops a hung node.
    private static readonly TimeSpan WorkloadTimeout = TimeSpan.FromMinutes(10);

    /// <summary>Every workload once, each in its own process, in order.</summary>
    public static async Task<GraphQLJsResults> RunAsync(EngineWorkloads workloads, int samples, int sampleMilliseconds)
    {
        var environment = new Dictionary<string, string> { ["GRAPHQL_JS_DIR"] = NodeScript.GraphQLJsDirectory };
        var runs = new Dictionary<string, IReadOnlyList<GraphQLJsMeasurement>>(StringComparer.Ordinal);
        string node = "", graphql = "";
        foreach (var name in WorkloadNames)
        {
            var root = await NodeScript.RunForReportAsync(
                Script, WorkloadTimeout, environment, workloads.Directory, "--only", name, "--samples", $"{samples}", "--sample-ms", $"{sampleMilliseconds}").ConfigureAwait(false);
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
}
