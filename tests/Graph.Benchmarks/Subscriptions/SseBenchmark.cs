using System.Diagnostics;
using System.Net.Http.Json;
using System.Runtime;
using Graph.Benchmarks.Engine;
using Graph.Testing;
using Graph.Benchmarks.Processes;

namespace Graph.Benchmarks.Subscriptions;

/// <summary>
/// <c>./graph bench sse</c>: N concurrent graphql-sse subscriptions on loopback against our server
/// (a child process, so that its memory is its own), E events published to all of them through
/// the in-memory subscription bus; reports delivery latency p50/p99 and the server's memory per
/// 1,000 subscriptions in docs/benchmarks.md, section "Subscriptions over SSE".
/// Options: <see cref="Command"/>.
/// </summary>
public static class SseBenchmark
{
    private const string Heading = "## Subscriptions over SSE";

    private static readonly BenchmarkOption Serve = BenchmarkOption.Flag("--serve", "run as the benchmark's server process", hidden: true);
    private static readonly BenchmarkOption Subscriptions = BenchmarkOption.Integer("--subscriptions", "N", 10_000, "concurrent subscriptions");
    private static readonly BenchmarkOption Events = BenchmarkOption.Integer("--events", "E", 10, "events published to all of them");
    private static readonly BenchmarkOption Parallel = BenchmarkOption.Integer("--parallel", "P", 100, "handshakes at a time");

    internal static BenchmarkCommand Command { get; } = new(
        "sse", "Concurrent graphql-sse subscriptions on loopback: delivery latency and server memory per 1,000.",
        [Serve, Subscriptions, Events, Parallel, BenchmarkOption.NoDoc], RunAsync);

    public static async Task<int> RunAsync(string[] args)
    {
        if (Serve.IsSet(args))
        {
            return await SseBenchmarkServer.RunAsync();
        }

        var subscriptions = Subscriptions.ReadInteger(args);
        var events = Events.ReadInteger(args);
        var parallel = Parallel.ReadInteger(args);
        var started = DateTime.UtcNow;
        var fdLimit = FileDescriptorLimit.Ensure((ulong)subscriptions + 2048);
        Console.WriteLine($"file descriptors: soft limit {fdLimit} (each process needs about {subscriptions} plus its own)");

        // With thousands of streams open, the server may take a while to stop once its standard input closes.
        using var server = await ChildServer.StartListeningAsync(ChildServer.ThisProgram("sse"), "SSE server", TimeSpan.FromSeconds(30));
        var address = server.BaseAddress;
        using var http = new HttpClient { BaseAddress = address, Timeout = TimeSpan.FromSeconds(60) };
        await http.PostAsJsonAsync("graphql", new { query = "{ ok }" });
        var baseline = await StatsAsync(http);

        using var client = new SseLoadClient(new Uri(address, "graphql"), subscriptions, events);
        var opening = Stopwatch.StartNew();
        await client.OpenAsync(subscriptions, parallel);
        var open = await WaitForAsync(async () => (await StatsAsync(http)).Subscribed >= subscriptions - client.Failures, TimeSpan.FromSeconds(120));
        opening.Stop();
        var loaded = await StatsAsync(http);
        Console.WriteLine($"{loaded.Subscribed} subscriptions open in {opening.Elapsed.TotalSeconds:0.0} s ({client.Failures} failed)");

        var perEvent = new List<(int Delivered, double P50, double P99)>();
        var all = new List<double>();
        for (var seq = 0; seq < events; seq++)
        {
            (await http.PostAsync($"publish?seq={seq}", null)).EnsureSuccessStatusCode();
            var current = seq;
            await WaitForAsync(() => Task.FromResult(client.Received(current) >= loaded.Subscribed), TimeSpan.FromSeconds(60));
            var latencies = client.LatenciesOf(seq).Order().ToArray();
            all.AddRange(latencies);
            perEvent.Add((latencies.Length, Percentile(latencies, 0.50), Percentile(latencies, 0.99)));
            Console.WriteLine($"event {seq}: {latencies.Length} delivered, p50 {perEvent[^1].P50:0.0} ms, p99 {perEvent[^1].P99:0.0} ms");
            await Task.Delay(250);
        }

        all.Sort();
        var report = new SseReport(
            started, subscriptions, events, parallel, fdLimit, open, opening.Elapsed, client.Failures,
            baseline, loaded, perEvent, Percentile([.. all], 0.50), Percentile([.. all], 0.99), all.Count,
            MachineInfo.Describe(), MachineInfo.LoadAverage(), GCSettings.IsServerGC);
        MarkdownSections.WriteBenchmark(args, Heading, report.ToMarkdown(Heading));
        Console.WriteLine(report.ToMarkdown(Heading));
        return 0;
    }

    internal sealed record ServerStats(int Subscribed, long HeapBytes, long WorkingSetBytes);

    private static async Task<ServerStats> StatsAsync(HttpClient http) =>
        (await http.GetFromJsonAsync<ServerStats>("stats", System.Text.Json.JsonSerializerOptions.Web))!;

    private static async Task<bool> WaitForAsync(Func<Task<bool>> condition, TimeSpan limit)
    {
        var deadline = DateTime.UtcNow + limit;
        while (!await condition())
        {
            if (DateTime.UtcNow > deadline)
            {
                return false;
            }

            await Task.Delay(100);
        }

        return true;
    }

    private static double Percentile(double[] sorted, double quantile) =>
        sorted.Length == 0 ? double.NaN : sorted[Math.Clamp((int)Math.Ceiling(quantile * sorted.Length) - 1, 0, sorted.Length - 1)];

}
