using System.Globalization;
using System.Text;
using Graph.Benchmarks.Http;

namespace Graph.Benchmarks.Gateway;

/// <summary>One target's medians over the rounds for one query.</summary>
internal sealed record GatewayResultRow(
    GatewayQuery Query, string Target, double RequestsPerSecond, double P50Milliseconds, double P99Milliseconds, long Failures, double? CpuMicrosecondsPerRequest, double BenchmarkCpuMicrosecondsPerRequest,
    double? RestCpuMicrosecondsPerRequest)
{
    public static GatewayResultRow Median(
        GatewayQuery query, string target, IReadOnlyList<LoadResult> rounds, IReadOnlyList<double> cpuPerRequest, IReadOnlyList<double> benchmarkCpuPerRequest,
        IReadOnlyList<double> restCpuPerRequest) => new(
        query,
        target,
        MedianOf(rounds.Select(r => r.RequestsPerSecond)),
        MedianOf(rounds.Select(r => r.P50Milliseconds)),
        MedianOf(rounds.Select(r => r.P99Milliseconds)),
        rounds.Sum(r => r.Failures),
        cpuPerRequest.Count > 0 ? MedianOf(cpuPerRequest) : null,
        MedianOf(benchmarkCpuPerRequest),
        restCpuPerRequest.Count > 0 ? MedianOf(restCpuPerRequest) : null);

    private static double MedianOf(IEnumerable<double> values)
    {
        var sorted = values.Order().ToArray();
        return sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[sorted.Length / 2 - 1] + sorted[sorted.Length / 2]) / 2;
    }
}

/// <summary>Everything one run of <c>./graph bench gateway</c> measured, and under which conditions.</summary>
internal sealed record GatewayRun(
    DateTimeOffset Started, bool OwnProcess, int Connections, int Seconds, int Rounds, int Warmup, int ProcessWarmup, string LoadBefore, string LoadAfter,
    string? HiveVersion, IReadOnlyList<GatewayResultRow> Rows);

/// <summary>Renders the "## Gateway" section of docs/benchmarks.md: per query, each target's rate and latency, and the ratios.</summary>
internal static class GatewayReport
{
    public static string Render(GatewayRun run)
    {
        var text = new StringBuilder();
        var invariant = CultureInfo.InvariantCulture;
        text.AppendLine(GatewayBenchmark.Heading).AppendLine();
        text.AppendLine("Reproduce with `./graph bench gateway` (`./graph bench gateway --help` lists its options).").AppendLine();
        text.AppendLine(invariant, $"Our gateway ({(run.OwnProcess ? "the built gateway/Graph.Gateway in its own `dotnet` process, as deployed: Release, server GC as its Web SDK project sets it, the settings of the product's test gateway" : "gateway/Graph.Gateway inside the benchmark's process, which also runs the subgraphs and the load generator, workstation GC")}) and Hive Gateway {run.HiveVersion ?? "(not run)"} (its own node process with `NODE_ENV=production` and its defaults, served a supergraph composed by `@theguild/federation-composition` from the same subgraphs' Apollo Federation SDL) over the same running Users, Catalog and Reviews subgraphs (real PostgreSQL, Redis, demo data), on one machine in one run; for the query Catalog answers alone, Catalog queried directly too (the gateway's overhead). A closed-loop load generator with {run.Connections} keep-alive connections{(run.Connections == GatewayBenchmark.PublishedBenchmarkConnections ? " (the 50 virtual users of the constant load in ChilliCream's published gateway benchmark, github.com/ChilliCream/graphql-gateway-benchmarks, whence the issue's 8× ratio)" : string.Empty)}; {run.Rounds} rounds of {run.Seconds} s per target and query after {run.Warmup} s of warm-up (and, for each gateway in a process of its own, {run.ProcessWarmup} s of every query first, so that both have compiled their hot paths), alternating the order; medians. Gateway CPU µs/request is the gateway process's own CPU time (user and system, with its child processes: Hive Gateway forks workers) over the round divided by the requests answered: its own cost, whatever CPU the shared machine gave it; benchmark process CPU µs/request is the same for the benchmark's process, which runs the load generator and the subgraphs (and, for the subgraph queried directly, is all the work); rest of the machine CPU µs/request is every core's busy time (/proc/stat: user, system, irq and softirq; time stolen by the hypervisor left out) over the round less those two: PostgreSQL, Redis, the other gateway idling, kernel work no process is charged for, and anything else running on the machine. Every answer was compared with the first, and the targets agreed on the data before measuring. Run {run.Started:yyyy-MM-dd HH:mm} UTC, {Environment.ProcessorCount} cores, load average {run.LoadBefore} before and {run.LoadAfter} after.");
        text.AppendLine();
        text.AppendLine("| Query | Target | Requests/s | p50 ms | p99 ms | Gateway CPU µs/request | Benchmark process CPU µs/request | Rest of the machine CPU µs/request | Failures |");
        text.AppendLine("|---|---|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var row in run.Rows)
        {
            var cpu = row.CpuMicrosecondsPerRequest is { } c ? c.ToString("N0", invariant) : "n/a";
            var rest = row.RestCpuMicrosecondsPerRequest is { } r ? r.ToString("N0", invariant) : "n/a";
            text.AppendLine(invariant, $"| `{row.Query.Name}` | {row.Target} | {row.RequestsPerSecond:N0} | {row.P50Milliseconds:0.00} | {row.P99Milliseconds:0.00} | {cpu} | {row.BenchmarkCpuMicrosecondsPerRequest:N0} | {rest} | {row.Failures} |");
        }

        text.AppendLine();
        text.AppendLine("| Query | What it reads | Ours / Hive req/s | Ours / Hive p99 | Hive / ours gateway CPU per request | Ours / direct req/s |");
        text.AppendLine("|---|---|---:|---:|---:|---:|");
        foreach (var group in run.Rows.GroupBy(r => r.Query))
        {
            var ours = group.First(r => r.Target == "Graph gateway");
            var hive = group.FirstOrDefault(r => r.Target == "Hive Gateway");
            var direct = group.FirstOrDefault(r => r.Target.EndsWith("directly", StringComparison.Ordinal));
            text.AppendLine(invariant, $"| `{group.Key.Name}` | {group.Key.Description} | {Ratio(ours.RequestsPerSecond, hive?.RequestsPerSecond)} | {Ratio(ours.P99Milliseconds, hive?.P99Milliseconds)} | {Ratio(hive?.CpuMicrosecondsPerRequest, ours.CpuMicrosecondsPerRequest)} | {Ratio(ours.RequestsPerSecond, direct?.RequestsPerSecond)} |");
        }

        text.AppendLine();
        text.AppendLine("The goal (issue 7): at least 8 times Hive Gateway's requests per second with a lower p99.");
        text.AppendLine();
        text.AppendLine(ReadingTheFigures);
        foreach (var query in GatewayQueries.All)
        {
            text.AppendLine().AppendLine(CultureInfo.InvariantCulture, $"`{query.Name}`: `{query.Document}`");
        }

        return text.ToString();
    }

    /// <summary>What the table cannot say by itself; true of every run on this setup, so it carries no figures.</summary>
    private const string ReadingTheFigures =
        "Reading the figures: every process shares the machine's cores, so the subgraphs' own work bounds both " +
        "gateways (compare the `product` row of Catalog queried directly). Both gateways deduplicate identical " +
        "in-flight subgraph queries (Hive Gateway's `deduplicateInflightRequests` in `@graphql-tools/executor-http`, " +
        "ours `InflightRequests` in Graph.Fusion.Execution, on by default): with every connection sending the same " +
        "operation, each forwards fewer requests than it receives, which is how both answer `product` faster than " +
        "Catalog itself. Requests per second are a closed loop's: each connection waits for its answer, so they fall " +
        "with every millisecond the subgraphs, the load generator or anything else on the machine adds, however " +
        "little the gateway itself spends; the gateway CPU per request is each gateway's own cost alone, and the " +
        "benchmark process CPU per request what the rest of the chain (load generator and subgraphs) spends for the " +
        "same request. The response cache is off here (the gateway has no Redis), as Hive Gateway has none. " +
        "Measuring the gateways' throughput apart from the subgraphs needs the subgraphs on other cores or machines.";

    private static string Ratio(double? ours, double? other) =>
        ours is { } value && other is > 0 ? (value / other.Value).ToString("0.00", CultureInfo.InvariantCulture) + "×" : "n/a";
}
