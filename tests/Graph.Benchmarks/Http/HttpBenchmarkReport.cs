using System.Globalization;
using System.Text;

namespace Graph.Benchmarks.Http;

internal sealed record HttpBenchmarkRun(
    DateTimeOffset Started, int Connections, int Seconds, int Rounds, int Warmup, string LoadBefore, string LoadAfter, string Query,
    IReadOnlyList<LoadResult> Ours, IReadOnlyList<LoadResult> Yoga, string NodeVersion);

/// <summary>Renders the "## GraphQL server over HTTP" section of docs/benchmarks.md and replaces it there.</summary>
internal static class HttpBenchmarkReport
{
    public static string Render(HttpBenchmarkRun run)
    {
        var ours = Median(run.Ours, r => r.RequestsPerSecond);
        var yoga = Median(run.Yoga, r => r.RequestsPerSecond);
        var text = new StringBuilder();
        text.AppendLine(HttpThroughputBenchmark.Heading).AppendLine();
        text.AppendLine(CultureInfo.InvariantCulture, $"""
            Requests per second of a simple query, `{run.Query}`, POSTed as JSON to our server
            (`platform/Graph.AspNetCore`, `MapGraphQL` on Kestrel, Release, server GC, its own process) and to
            GraphQL Yoga 5 (`createYoga` on `node:http`, {run.NodeVersion}, its own process), both on 127.0.0.1 with
            the same schema and data (`tests/Graph.Benchmarks/Http/`), in the same run, driven by the same
            closed-loop load generator (.NET `HttpClient`, {run.Connections} keep-alive HTTP/1.1 connections, each
            sending the next request when the previous answer is read, every answer checked byte for byte).

            ```
            ./graph bench http        # dotnet run -c Release --project tests/Graph.Benchmarks -- http
            ```

            Options: `--connections N` ({run.Connections}), `--seconds S` per round ({run.Seconds}), `--rounds R`
            ({run.Rounds}), `--warmup S` ({run.Warmup}), `--no-doc`. Rounds alternate between the servers after a
            warm-up of each; the table gives each side's median round.

            - Machine: {Environment.ProcessorCount} cores, {System.Runtime.InteropServices.RuntimeInformation.OSDescription}, .NET {Environment.Version}.
            - Date: {run.Started:yyyy-MM-dd} (run started {run.Started:HH:mm:ss} UTC).
            - Load average before / after: {run.LoadBefore} / {run.LoadAfter}. The load generator shares the
              machine with the server under test (as wrk would), and the machine is shared with other engineers'
              builds, so absolute figures swing; the ratio of the same run is the figure to read.

            | Server | requests/s (median) | p50 latency | p99 latency | failures |
            |---|---:|---:|---:|---:|
            | Graph.AspNetCore | {ours:N0} | {Median(run.Ours, r => r.P50Milliseconds):0.00} ms | {Median(run.Ours, r => r.P99Milliseconds):0.00} ms | {run.Ours.Sum(r => r.Failures)} |
            | GraphQL Yoga | {yoga:N0} | {Median(run.Yoga, r => r.P50Milliseconds):0.00} ms | {Median(run.Yoga, r => r.P99Milliseconds):0.00} ms | {run.Yoga.Sum(r => r.Failures)} |

            **Ours / Yoga: {ours / yoga:0.00}x** (goal: at least 3x).

            Every round (requests/s):

            - Graph.AspNetCore: {string.Join(", ", run.Ours.Select(r => r.RequestsPerSecond.ToString("N0", CultureInfo.InvariantCulture)))}
            - GraphQL Yoga: {string.Join(", ", run.Yoga.Select(r => r.RequestsPerSecond.ToString("N0", CultureInfo.InvariantCulture)))}

            Reading it: node runs Yoga's JavaScript on one thread, while Kestrel spreads requests over every core;
            that is how each is deployed by default on one machine (Yoga can be scaled out with node's cluster
            module, ours scales by itself). Both cache parsed and validated documents (Yoga through envelop's
            parser and validation caches, ours through the executor's operation cache).
            """);
        return text.ToString();
    }

    private static double Median(IReadOnlyList<LoadResult> results, Func<LoadResult, double> value)
    {
        var sorted = results.Select(value).Order().ToArray();
        return sorted.Length == 0 ? 0 : sorted[sorted.Length / 2];
    }
}
