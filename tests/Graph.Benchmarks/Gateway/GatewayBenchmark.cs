using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Graph.Benchmarks.Http;

namespace Graph.Benchmarks.Gateway;

/// <summary>
/// <c>./graph bench gateway</c>: our gateway (gateway/Graph.Gateway) against Hive Gateway over the same running
/// subgraphs (Users, Catalog, Reviews), the same query mix (<see cref="GatewayQueries"/>), on the same machine in the
/// same run, driven by the same closed-loop load generator (<see cref="HttpLoadGenerator"/>); for the query one
/// subgraph can answer alone, that subgraph queried directly too (the gateway's overhead). Rounds alternate the
/// targets' order; medians are reported. Every answer is compared with the first one (a wrong one is a failure), and
/// all targets must agree on the data before anything is measured.
/// Options: <c>--connections N</c> (16), <c>--seconds S</c> per round (6), <c>--rounds R</c> (3), <c>--warmup S</c> (3),
/// <c>--no-hive</c>, <c>--no-doc</c> (print only; otherwise the section "## Gateway" of docs/benchmarks.md is replaced).
/// </summary>
internal static class GatewayBenchmark
{
    public const string Heading = "## Gateway";

    public static async Task<int> RunAsync(string[] args)
    {
        var started = DateTimeOffset.UtcNow;
        Console.Error.WriteLine("starting Users, Catalog, Reviews and the gateway");
        await using var system = await GatewaySystem.StartAsync();
        var work = Directory.CreateTempSubdirectory("graph-bench-hive-");
        try
        {
            using var hive = args.Contains("--no-hive") ? null : await HiveGateway.StartAsync(system.Subgraphs, work.FullName);
            return await MeasureAsync(args, system, hive, started);
        }
        finally
        {
            // After Hive has stopped: it reads the supergraph file again while it runs.
            work.Delete(recursive: true);
        }
    }

    private static async Task<int> MeasureAsync(string[] args, GatewaySystem system, HiveGateway? hive, DateTimeOffset started)
    {
        var connections = Option(args, "--connections", 16);
        var seconds = Option(args, "--seconds", 6);
        var rounds = Option(args, "--rounds", 3);
        var warmup = Option(args, "--warmup", 3);
        var loadBefore = LoadAverage();

        var generator = new HttpLoadGenerator(connections);
        var rows = new List<GatewayResultRow>();
        var failed = false;
        foreach (var query in GatewayQueries.All)
        {
            var targets = new List<(string Name, Uri Endpoint)> { ("Graph gateway", system.Gateway.GraphQLEndpoint) };
            if (hive is not null) targets.Add(("Hive Gateway", hive.Endpoint));
            if (query.DirectSubgraph is { } owner) targets.Add(($"{owner} subgraph directly", system.Subgraphs[owner]));

            var body = JsonSerializer.Serialize(new { query = query.Document });
            var expected = new Dictionary<string, string>();
            JsonNode? reference = null;
            foreach (var (name, endpoint) in targets)
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
            for (var round = 1; round <= rounds; round++)
            {
                foreach (var (name, endpoint) in round % 2 == 1 ? targets : Enumerable.Reverse(targets))
                {
                    var result = await generator.RunAsync(endpoint, body, expected[name], TimeSpan.FromSeconds(seconds));
                    results[name].Add(result);
                    failed |= result.Failures > 0;
                    Console.Error.WriteLine($"{query.Name} round {round}: {name} {result.RequestsPerSecond:N0} req/s, p50 {result.P50Milliseconds:0.00} ms, p99 {result.P99Milliseconds:0.00} ms, {result.Failures} failures{(result.FirstFailure is { } first ? " (first: " + first + ")" : string.Empty)}");
                }
            }

            rows.AddRange(targets.Select(t => GatewayResultRow.Median(query, t.Name, results[t.Name])));
        }

        var section = GatewayReport.Render(new GatewayRun(started, connections, seconds, rounds, warmup, loadBefore, LoadAverage(),
            hive is null ? null : HiveGateway.Version(), rows));
        Console.WriteLine(section);
        if (!args.Contains("--no-doc"))
        {
            var doc = Path.Combine(Graph.Testing.RepositoryPaths.Root, "docs", "benchmarks.md");
            HttpBenchmarkReport.ReplaceSection(doc, Heading, section);
            Console.Error.WriteLine($"wrote {Heading} to {doc}");
        }

        return failed ? 1 : 0;
    }

    private static async Task<string> AnswerAsync(Uri endpoint, string body)
    {
        using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(30) };
        using var request = new HttpRequestMessage(HttpMethod.Post, endpoint) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        request.Headers.TryAddWithoutValidation("Accept", "application/graphql-response+json, application/json;q=0.9");
        using var response = await client.SendAsync(request);
        return await response.Content.ReadAsStringAsync();
    }

    internal static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "n/a";

    private static int Option(string[] args, string name, int fallback)
    {
        var index = Array.IndexOf(args, name);
        return index >= 0 && index + 1 < args.Length ? int.Parse(args[index + 1], CultureInfo.InvariantCulture) : fallback;
    }
}
