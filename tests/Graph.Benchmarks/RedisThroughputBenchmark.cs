using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;
using System.Text;
using System.Text.RegularExpressions;
using Graph.Redis;
using Graph.Testing.Redis;

namespace Graph.Benchmarks;

/// <summary>
/// GET/SET throughput of Graph.Redis against Debian's <c>redis-benchmark</c> on the same private
/// server in the same run, printed as a Markdown table for docs/benchmarks.md. Options: <see cref="Command"/>.
/// </summary>
internal static partial class RedisThroughputBenchmark
{
    // The same key and 3-byte value redis-benchmark uses by default (-d 3, no -r).
    private const string Key = "key:__rand_int__";
    private static readonly byte[] Value = "xxx"u8.ToArray();

    private static readonly BenchmarkOption Requests = BenchmarkOption.Integer("--requests", "N", 200_000, "requests per concurrent run");
    private static readonly BenchmarkOption Callers = BenchmarkOption.Integer("--callers", "C", 256, "concurrent callers on our one connection");
    private static readonly BenchmarkOption Sequential = BenchmarkOption.Integer("--sequential", "N", 20_000, "requests for the one-at-a-time runs");
    private static readonly BenchmarkOption Rounds = BenchmarkOption.Integer("--rounds", "R", 5, "alternating rounds whose medians are reported");

    public static BenchmarkCommand Command { get; } = new(
        "redis", "GET/SET throughput of Graph.Redis against redis-benchmark on the same private redis-server.",
        [Requests, Callers, Sequential, Rounds], RunAsync);

    public static async Task<int> RunAsync(string[] args)
    {
        var requests = Requests.ReadInteger(args);
        var callers = Callers.ReadInteger(args);
        var sequential = Sequential.ReadInteger(args);
        var rounds = Rounds.ReadInteger(args);

        await using var server = await RedisServerProcess.StartAsync();
        Console.Error.WriteLine($"redis-server {Version("redis-server")} on {server.EndPoint}; {Environment.ProcessorCount} cores; {RuntimeInformation.FrameworkDescription}");

        await using var client = new RedisClient(new RedisOptions { Host = server.Host, Port = server.Port });
        await client.ConnectAsync();
        await ConcurrentAsync(client, 20_000, callers, set: true);
        await SequentialAsync(client, 2_000, set: true);

        // On a shared machine the load swings between runs, so both sides are measured in
        // alternating rounds and each figure is the median of its rounds.
        var samples = new Dictionary<string, List<double>>(StringComparer.Ordinal);
        for (var round = 1; round <= rounds; round++)
        {
            Console.Error.WriteLine($"round {round} of {rounds}");
            var pipelinedRound = await RedisBenchmarkAsync(server, $"-t get,set -P 16 -n {requests} -q");
            Add(samples, "rb-P16-SET", pipelinedRound["SET"]);
            Add(samples, "rb-P16-GET", pipelinedRound["GET"]);
            Add(samples, "ours-SET", await ConcurrentAsync(client, requests, callers, set: true));
            Add(samples, "ours-GET", await ConcurrentAsync(client, requests, callers, set: false));
            var oneClientRound = await RedisBenchmarkAsync(server, $"-t get,set -P 1 -c 1 -n {sequential} -q");
            Add(samples, "rb-c1-SET", oneClientRound["SET"]);
            Add(samples, "rb-c1-GET", oneClientRound["GET"]);
            Add(samples, "ours-seq-SET", await SequentialAsync(client, sequential, set: true));
            Add(samples, "ours-seq-GET", await SequentialAsync(client, sequential, set: false));
        }

        var fiftyClients = await RedisBenchmarkAsync(server, $"-t get,set -P 1 -c 50 -n {requests} -q");
        var pipelined = new Dictionary<string, double> { ["SET"] = Median(samples["rb-P16-SET"]), ["GET"] = Median(samples["rb-P16-GET"]) };
        var oneClient = new Dictionary<string, double> { ["SET"] = Median(samples["rb-c1-SET"]), ["GET"] = Median(samples["rb-c1-GET"]) };
        var ourSet = Median(samples["ours-SET"]);
        var ourGet = Median(samples["ours-GET"]);
        var ourSetSequential = Median(samples["ours-seq-SET"]);
        var ourGetSequential = Median(samples["ours-seq-GET"]);

        var table = new StringBuilder()
            .AppendLine("| Workload | redis-benchmark | ops/s | Graph.Redis | ops/s | ours / redis-benchmark |")
            .AppendLine("|---|---|---:|---|---:|---:|");
        Row(table, "SET, pipelined", "`-P 16`, 50 connections", pipelined["SET"], $"1 connection, {callers} concurrent callers", ourSet);
        Row(table, "GET, pipelined", "`-P 16`, 50 connections", pipelined["GET"], $"1 connection, {callers} concurrent callers", ourGet);
        Row(table, "SET, one at a time", "`-P 1 -c 1`", oneClient["SET"], "1 caller awaiting each reply", ourSetSequential);
        Row(table, "GET, one at a time", "`-P 1 -c 1`", oneClient["GET"], "1 caller awaiting each reply", ourGetSequential);
        Row(table, "SET, unpipelined", "`-P 1 -c 50`", fiftyClients["SET"], "(reference only)", null);
        Row(table, "GET, unpipelined", "`-P 1 -c 50`", fiftyClients["GET"], "(reference only)", null);
        Console.WriteLine(table.ToString());
        Console.WriteLine(string.Join(Environment.NewLine, samples.Select(s =>
            $"- {s.Key}: {string.Join(", ", s.Value.Select(v => v.ToString("N0", CultureInfo.InvariantCulture)))}")));
        return 0;
    }

    private static void Add(Dictionary<string, List<double>> samples, string name, double value)
    {
        if (!samples.TryGetValue(name, out var list))
        {
            samples[name] = list = [];
        }

        list.Add(value);
    }

    private static double Median(List<double> values)
    {
        var sorted = values.Order().ToArray();
        return sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[(sorted.Length / 2) - 1] + sorted[sorted.Length / 2]) / 2;
    }

    private static async Task<double> ConcurrentAsync(RedisClient client, int requests, int callers, bool set)
    {
        var remaining = requests;
        var started = Stopwatch.GetTimestamp();
        var workers = Enumerable.Range(0, callers).Select(async _ =>
        {
            while (Interlocked.Decrement(ref remaining) >= 0)
            {
                await Operation(client, set).ConfigureAwait(false);
            }
        });
        await Task.WhenAll(workers);
        return requests / Stopwatch.GetElapsedTime(started).TotalSeconds;
    }

    private static async Task<double> SequentialAsync(RedisClient client, int requests, bool set)
    {
        var started = Stopwatch.GetTimestamp();
        for (var i = 0; i < requests; i++)
        {
            await Operation(client, set);
        }

        return requests / Stopwatch.GetElapsedTime(started).TotalSeconds;
    }

    private static async ValueTask Operation(RedisClient client, bool set)
    {
        if (set)
        {
            await client.ExecuteAsync(["SET", Key, Value]).ConfigureAwait(false);
        }
        else
        {
            await client.ExecuteAsync(["GET", Key]).ConfigureAwait(false);
        }
    }

    private static async Task<Dictionary<string, double>> RedisBenchmarkAsync(RedisServerProcess server, string arguments)
    {
        var fullArguments = $"-h {server.Host} -p {server.Port} {arguments}";
        Console.Error.WriteLine($"redis-benchmark {fullArguments}");
        var start = new ProcessStartInfo("redis-benchmark", fullArguments) { RedirectStandardOutput = true, UseShellExecute = false };
        using var process = Process.Start(start) ?? throw new InvalidOperationException("redis-benchmark did not start.");
        var output = await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();

        // -q prints progress lines separated by '\r' and one final "SET: 123.45 requests per second" line per test.
        var results = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (Match match in ResultLine().Matches(output))
        {
            results[match.Groups[1].Value] = double.Parse(match.Groups[2].Value, CultureInfo.InvariantCulture);
        }

        if (process.ExitCode != 0 || !results.ContainsKey("SET") || !results.ContainsKey("GET"))
        {
            throw new InvalidOperationException($"redis-benchmark {fullArguments} failed (exit {process.ExitCode}):\n{output}");
        }

        return results;
    }

    private static void Row(StringBuilder table, string workload, string theirs, double theirOps, string ours, double? ourOps) =>
        table.AppendLine(CultureInfo.InvariantCulture,
            $"| {workload} | {theirs} | {theirOps:N0} | {ours} | {(ourOps is { } o ? o.ToString("N0", CultureInfo.InvariantCulture) : "-")} | {(ourOps is { } r ? (r / theirOps).ToString("0.00", CultureInfo.InvariantCulture) : "-")} |");

    private static string Version(string tool)
    {
        using var process = Process.Start(new ProcessStartInfo(tool, "--version") { RedirectStandardOutput = true, UseShellExecute = false });
        return process?.StandardOutput.ReadToEnd().Trim() ?? "?";
    }


    [GeneratedRegex(@"(?m)(?:^|\r)(SET|GET): ([0-9.]+) requests per second")]
    private static partial Regex ResultLine();
}
