using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Graph.Benchmarks.Engine;
using Graph.Benchmarks.Http;

namespace Graph.Benchmarks.Gateway;

/// <summary>
/// <c>./graph bench gateway</c>: our gateway (gateway/Graph.Gateway) against Hive Gateway over the same running
/// subgraphs (Users, Catalog, Reviews), the same query mix (<see cref="GatewayQueries"/>), on the same machine in the
/// same run, driven by the same closed-loop load generator (<see cref="HttpLoadGenerator"/>); for the query one
/// subgraph can answer alone, that subgraph queried directly too (the gateway's overhead). Rounds alternate the
/// targets' order; medians are reported. Every answer is compared with the first one (a wrong one is a failure), and
/// all targets must agree on the data before anything is measured.
/// Options: <see cref="Command"/>.
/// </summary>
internal static class GatewayBenchmark
{
    public const string Heading = "## Gateway";

    /// <summary>
    /// The constant load (50 virtual users) of ChilliCream's published gateway benchmark, the source of the issue's 8x
    /// ratio (github.com/ChilliCream/graphql-gateway-benchmarks). Fewer leave a fast gateway idle between answers.
    /// </summary>
    public const int PublishedBenchmarkConnections = 50;

    private static readonly BenchmarkOption Connections = BenchmarkOption.Integer(
        "--connections", "N", PublishedBenchmarkConnections, "keep-alive connections of the closed loop");
    private static readonly BenchmarkOption Seconds = BenchmarkOption.Integer("--seconds", "S", 6, "seconds per round");
    private static readonly BenchmarkOption Rounds = BenchmarkOption.Integer("--rounds", "R", 3, "rounds, alternating the targets' order");
    private static readonly BenchmarkOption Warmup = BenchmarkOption.Integer("--warmup", "S", 3, "seconds of warm-up per target and query");
    private static readonly BenchmarkOption ProcessWarmup = BenchmarkOption.Integer(
        "--process-warmup", "S", 10, "seconds of every query for each gateway process before measuring (the subgraphs tier up too)");
    private static readonly BenchmarkOption NoHive = BenchmarkOption.Flag("--no-hive", "leave Hive Gateway out");
    private static readonly BenchmarkOption InProcess = BenchmarkOption.Flag("--in-process", "measure the gateway inside the benchmark's process instead of its own");
    private static readonly BenchmarkOption InProcessToo = BenchmarkOption.Flag("--in-process-too", "measure it in both");
    private static readonly BenchmarkOption CompareWith = BenchmarkOption.Text("--compare-with", "DLL", "another build of Graph.Gateway.dll, measured beside ours with the same settings");

    public static BenchmarkCommand Command { get; } = new(
        "gateway", "Our gateway against Hive Gateway over the same subgraphs and queries, and the subgraph queried directly.",
        [Connections, Seconds, Rounds, Warmup, ProcessWarmup, NoHive, InProcess, InProcessToo, CompareWith, BenchmarkOption.NoDoc], RunAsync);

    /// <summary>The same gateway inside the benchmark's process (with the subgraphs and the load generator), for comparison.</summary>
    public const string InProcessTarget = "Graph gateway in the benchmark's process";

    public static async Task<int> RunAsync(string[] args)
    {
        var started = DateTimeOffset.UtcNow;
        Console.Error.WriteLine("starting Users, Catalog, Reviews and the gateway");
        await using var system = await GatewaySystem.StartAsync();
        var work = Directory.CreateTempSubdirectory("graph-bench-hive-");
        try
        {
            // Deployed as production runs it: its own process, the in-process gateway (whose settings it takes) stays idle.
            using var gateway = InProcess.IsSet(args) ? null : await GatewayProcess.StartAsync(system.GatewaySettings);
            if (gateway is not null)
            {
                Console.Error.WriteLine($"gateway process {gateway.ProcessId} at {gateway.Endpoint}");
            }

            // A/B of two builds in one run: another build of the gateway (e.g. a worktree of an older commit), same settings.
            var otherBuild = CompareWith.ReadText(args);
            using var other = otherBuild is null ? null : await GatewayProcess.StartAsync(system.GatewaySettings, otherBuild);
            using var hive = NoHive.IsSet(args) ? null : await HiveGateway.StartAsync(system.Subgraphs, work.FullName);
            return await MeasureAsync(args, system, gateway, other, hive, started);
        }
        finally
        {
            // After Hive has stopped: it reads the supergraph file again while it runs.
            work.Delete(recursive: true);
        }
    }

    private static async Task<int> MeasureAsync(
        string[] args, GatewaySystem system, GatewayProcess? ours, GatewayProcess? other, HiveGateway? hive, DateTimeOffset started)
    {
        var connections = Connections.ReadInteger(args);
        var seconds = Seconds.ReadInteger(args);
        var rounds = Rounds.ReadInteger(args);
        var warmup = Warmup.ReadInteger(args);
        var processWarmup = ProcessWarmup.ReadInteger(args);
        var loadBefore = MachineInfo.LoadAverage();

        var generator = new HttpLoadGenerator(connections);
        var rows = new List<GatewayResultRow>();
        var failed = false;
        var gateways = new List<Target> { new("Graph gateway", ours?.Endpoint ?? system.Gateway.GraphQLEndpoint, ours?.ProcessId) };
        if (ours is not null && InProcessToo.IsSet(args)) gateways.Add(new(InProcessTarget, system.Gateway.GraphQLEndpoint, null));
        if (other is not null) gateways.Add(new("Graph gateway (other build)", other.Endpoint, other.ProcessId));
        if (hive is not null) gateways.Add(new("Hive Gateway", hive.Endpoint, hive.ProcessId));

        // A gateway in a fresh process of its own compiles its hot paths first (.NET tiering, V8): both get the same time
        // with every query before anything is measured, as a deployed gateway that has served for a while.
        foreach (var gateway in gateways.Where(g => g.ProcessId is not null))
        {
            foreach (var query in GatewayQueries.All)
            {
                var body = JsonSerializer.Serialize(new { query = query.Document });
                var answer = await AnswerAsync(gateway.Endpoint, body);
                var warm = await generator.RunAsync(gateway.Endpoint, body, answer, TimeSpan.FromSeconds(processWarmup));
                Console.Error.WriteLine($"process warm-up {query.Name} on {gateway.Name}: {warm.RequestsPerSecond:N0} req/s, {warm.Failures} failures");
            }
        }

        foreach (var query in GatewayQueries.All)
        {
            var targets = new List<Target>(gateways);
            if (query.DirectSubgraph is { } owner) targets.Add(new($"{owner} subgraph directly", system.Subgraphs[owner], null));

            var body = JsonSerializer.Serialize(new { query = query.Document });
            var expected = new Dictionary<string, string>();
            JsonNode? reference = null;
            foreach (var (name, endpoint, _) in targets)
            {
                var answer = await AnswerAsync(endpoint, body);
                var data = JsonNode.Parse(answer)?["data"];
                if (JsonNode.Parse(answer)?["errors"] is not null || data is null || (reference is not null && !JsonNode.DeepEquals(reference, data)))
                {
                    Console.Error.WriteLine($"{name} answered {query.Name} differently or with errors: {answer}");
                    return 1;
                }

                reference ??= data;
                expected[name] = answer;
                var warm = await generator.RunAsync(endpoint, body, answer, TimeSpan.FromSeconds(warmup));
                Console.Error.WriteLine($"warm-up {query.Name} on {name}: {warm.RequestsPerSecond:N0} req/s, {warm.Failures} failures");
            }

            var results = targets.ToDictionary(t => t.Name, _ => new List<LoadResult>());
            var cpu = targets.ToDictionary(t => t.Name, _ => new List<double>());
            var benchCpu = targets.ToDictionary(t => t.Name, _ => new List<double>());
            var restCpu = targets.ToDictionary(t => t.Name, _ => new List<double>());
            for (var round = 1; round <= rounds; round++)
            {
                foreach (var (name, endpoint, processId) in round % 2 == 1 ? targets : Enumerable.Reverse(targets))
                {
                    var machineBefore = MachineInfo.BusyCpuTime();
                    var cpuBefore = processId is { } id ? ProcessTreeCpu.Of(id) : null;
                    var benchBefore = Process.GetCurrentProcess().TotalProcessorTime;
                    var result = await generator.RunAsync(endpoint, body, expected[name], TimeSpan.FromSeconds(seconds));
                    var benchAfter = Process.GetCurrentProcess().TotalProcessorTime;
                    var cpuAfter = processId is { } again ? ProcessTreeCpu.Of(again) : null;
                    var machineAfter = MachineInfo.BusyCpuTime();
                    var cpuPerRequest = cpuBefore is { } before && cpuAfter is { } after && result.Requests > 0
                        ? (after - before).TotalMicroseconds / result.Requests
                        : (double?)null;
                    // The benchmark's own process: the load generator and the subgraphs (and an in-process gateway).
                    var benchPerRequest = result.Requests > 0 ? (benchAfter - benchBefore).TotalMicroseconds / result.Requests : 0;
                    // The rest of the machine: PostgreSQL, Redis, the idle other gateway, kernel work no process is charged for.
                    var machinePerRequest = machineBefore is { } m0 && machineAfter is { } m1 && result.Requests > 0 ? (m1 - m0).TotalMicroseconds / result.Requests : (double?)null;
                    if (machinePerRequest is { } machine) restCpu[name].Add(Math.Max(0, machine - benchPerRequest - (cpuPerRequest ?? 0)));
                    results[name].Add(result);
                    benchCpu[name].Add(benchPerRequest);
                    if (cpuPerRequest is { } perRequest) cpu[name].Add(perRequest);
                    failed |= result.Failures > 0;
                    Console.Error.WriteLine($"{query.Name} round {round}: {name} {result.RequestsPerSecond:N0} req/s, p50 {result.P50Milliseconds:0.00} ms, p99 {result.P99Milliseconds:0.00} ms{(cpuPerRequest is { } c ? $", CPU {c:N0} µs/request" : string.Empty)}, benchmark process {benchPerRequest:N0} µs/request, rest of the machine {(restCpu[name].Count > 0 ? restCpu[name][^1].ToString("N0", CultureInfo.InvariantCulture) : "n/a")} µs/request, {result.Failures} failures{(result.FirstFailure is { } first ? " (first: " + first + ")" : string.Empty)}");
                }
            }

            rows.AddRange(targets.Select(t => GatewayResultRow.Median(query, t.Name, results[t.Name], cpu[t.Name], benchCpu[t.Name], restCpu[t.Name])));
        }

        var section = GatewayReport.Render(new GatewayRun(started, ours is not null, connections, seconds, rounds, warmup, processWarmup, loadBefore, MachineInfo.LoadAverage(),
            hive is null ? null : HiveGateway.Version(), rows));
        Console.WriteLine(section);
        MarkdownSections.WriteBenchmark(args, Heading, section);

        return failed ? 1 : 0;
    }

    /// <summary>A measured endpoint; <see cref="ProcessId"/> when it runs in a process of its own (its CPU time is read).</summary>
    private sealed record Target(string Name, Uri Endpoint, int? ProcessId);

    private static async Task<string> AnswerAsync(Uri endpoint, string body)
    {
        using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(30) };
        using var request = new HttpRequestMessage(HttpMethod.Post, endpoint) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        request.Headers.TryAddWithoutValidation("Accept", "application/graphql-response+json, application/json;q=0.9");
        using var response = await client.SendAsync(request);
        return await response.Content.ReadAsStringAsync();
    }

}
