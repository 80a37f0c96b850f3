using System.Diagnostics;
using System.Text;
using Graph.Benchmarks.Engine;
using Graph.Benchmarks.Processes;

namespace Graph.Benchmarks.Http;

/// <summary>
/// <c>./graph bench http</c>: requests per second of our GraphQL server (Graph.AspNetCore on Kestrel, Release, its own
/// process) against GraphQL Yoga (npm graphql-yoga on node:http, its own process), both on 127.0.0.1 serving the same
/// schema and data, driven in the same run by the same load generator (<see cref="HttpLoadGenerator"/>) with
/// <c>{ hello products { id name price } }</c>. Rounds alternate between the servers; medians are reported.
/// Options: <see cref="Command"/>.
/// </summary>
internal static class HttpThroughputBenchmark
{
    public const string Heading = "## GraphQL server over HTTP";
    private const string Query = "{ hello products { id name price } }";
    private const string Body = """{"query":"{ hello products { id name price } }"}""";
    // Yoga runs until killed; our server stops when its standard input closes.
    private static readonly TimeSpan StopWait = TimeSpan.FromSeconds(5);
    private const string Expected = """{"data":{"hello":"Hello, world!","products":[{"id":"1","name":"Mug","price":9.5},{"id":"2","name":"Tea","price":4.25},{"id":"3","name":"Kettle","price":30}]}}""";

    private static readonly BenchmarkOption Serve = BenchmarkOption.Flag("--serve", "run as the benchmark's server process", hidden: true);
    private static readonly BenchmarkOption Connections = BenchmarkOption.Integer("--connections", "N", 32, "keep-alive connections of the closed loop");
    private static readonly BenchmarkOption Seconds = BenchmarkOption.Integer("--seconds", "S", 8, "seconds per round");
    private static readonly BenchmarkOption Rounds = BenchmarkOption.Integer("--rounds", "R", 3, "rounds, alternating the servers' order");
    private static readonly BenchmarkOption Warmup = BenchmarkOption.Integer("--warmup", "S", 3, "seconds of warm-up per server");

    public static BenchmarkCommand Command { get; } = new(
        "http", "Requests per second of our GraphQL server against GraphQL Yoga, same schema and data.",
        [Serve, Connections, Seconds, Rounds, Warmup, BenchmarkOption.NoDoc], RunAsync);

    public static async Task<int> RunAsync(string[] args)
    {
        if (Serve.IsSet(args))
        {
            return await HttpBenchmarkServer.ServeAsync().ConfigureAwait(false);
        }

        var connections = Connections.ReadInteger(args);
        var seconds = Seconds.ReadInteger(args);
        var rounds = Rounds.ReadInteger(args);
        var warmup = Warmup.ReadInteger(args);
        var started = DateTimeOffset.UtcNow;
        var loadBefore = MachineInfo.LoadAverage();

        using var ours = await ChildServer.StartListeningAsync(OurServerStart(), "Graph.AspNetCore", StopWait).ConfigureAwait(false);
        using var yoga = await ChildServer.StartListeningAsync(YogaStart(), "GraphQL Yoga", StopWait).ConfigureAwait(false);
        var generator = new HttpLoadGenerator(connections);
        var servers = new[] { ours, yoga };
        foreach (var server in servers)
        {
            Console.Error.WriteLine($"warming up {server.Name} at {server.Endpoint} for {warmup} s");
            var warm = await generator.RunAsync(server.Endpoint, Body, Expected, TimeSpan.FromSeconds(warmup)).ConfigureAwait(false);
            if (warm.Failures > 0 || warm.Requests == 0)
            {
                Console.Error.WriteLine($"{server.Name} did not answer {Query} with {Expected} ({warm.Failures} failures of {warm.Requests}; first: {warm.FirstFailure}).");
                return 1;
            }
        }

        var results = servers.ToDictionary(s => s.Name, _ => new List<LoadResult>());
        for (var round = 1; round <= rounds; round++)
        {
            foreach (var server in round % 2 == 1 ? servers : servers.Reverse())
            {
                var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
                var result = await generator.RunAsync(server.Endpoint, Body, Expected, TimeSpan.FromSeconds(seconds)).ConfigureAwait(false);
                // Both servers run in processes of their own: this process's CPU is the load generator's alone.
                var generatorCpu = result.Requests > 0 ? (Process.GetCurrentProcess().TotalProcessorTime - cpuBefore).TotalMicroseconds / result.Requests : 0;
                results[server.Name].Add(result);
                Console.Error.WriteLine($"round {round}: {server.Name} {result.RequestsPerSecond:N0} req/s, p50 {result.P50Milliseconds:0.00} ms, p99 {result.P99Milliseconds:0.00} ms, load generator {generatorCpu:N1} µs/request, {result.Failures} failures{(result.FirstFailure is { } first ? " (first: " + first + ")" : string.Empty)}");
            }
        }

        var section = HttpBenchmarkReport.Render(new HttpBenchmarkRun(
            started, connections, seconds, rounds, warmup, loadBefore, MachineInfo.LoadAverage(), Query, results[ours.Name], results[yoga.Name], NodeVersion()));
        Console.WriteLine(section);
        MarkdownSections.WriteBenchmark(args, Heading, section);

        return results[ours.Name].Concat(results[yoga.Name]).Any(r => r.Failures > 0) ? 1 : 0;
    }

    /// <summary>This program again, in serve mode, with server GC as an ASP.NET Core app has by default.</summary>
    private static ProcessStartInfo OurServerStart()
    {
        var start = ChildServer.ThisProgram("http");
        start.Environment["DOTNET_gcServer"] = "1";
        return start;
    }

    private static ProcessStartInfo YogaStart()
    {
        var start = new ProcessStartInfo("node");
        start.ArgumentList.Add(Path.Combine(Graph.Testing.RepositoryPaths.Root, "tests", "Graph.Benchmarks", "Http", "js", "yoga-server.mjs"));
        start.Environment["NODE_ENV"] = "production";
        return start;
    }

    private static string NodeVersion()
    {
        using var node = Process.Start(new ProcessStartInfo("node", "--version") { RedirectStandardOutput = true })!;
        var version = node.StandardOutput.ReadToEnd().Trim();
        node.WaitForExit();
        return version;
    }

}
