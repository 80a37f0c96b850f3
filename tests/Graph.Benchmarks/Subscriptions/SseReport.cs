using System.Globalization;
using System.Text;

namespace Graph.Benchmarks.Subscriptions;

/// <summary>The docs/benchmarks.md section of the SSE load test.</summary>
internal sealed record SseReport(
    DateTime Started,
    int Subscriptions,
    int Events,
    int Parallel,
    ulong FileDescriptorLimit,
    bool AllOpen,
    TimeSpan OpenTime,
    int Failures,
    SseBenchmark.ServerStats Baseline,
    SseBenchmark.ServerStats Loaded,
    IReadOnlyList<(int Delivered, double P50, double P99)> PerEvent,
    double P50,
    double P99,
    int Deliveries,
    string Machine,
    string LoadAverage,
    bool ServerGc)
{
    public string ToMarkdown(string heading)
    {
        var perThousand = Loaded.Subscribed / 1000.0;
        string Mb(long bytes) => (bytes / 1024.0 / 1024.0).ToString("0.0", CultureInfo.InvariantCulture);
        var text = new StringBuilder();
        text.AppendLine(heading).AppendLine();
        text.AppendLine(CultureInfo.InvariantCulture, $"{Subscriptions:N0} concurrent graphql-sse subscriptions (distinct connections mode, one HTTP/1.1 connection");
        text.AppendLine("each) on loopback against `MapGraphQL` in Release, fed by the in-memory subscription bus; then");
        text.AppendLine(CultureInfo.InvariantCulture, $"{Events} events, each published once (`ITopicEventSender.SendAsync`) and delivered to every subscription.");
        text.AppendLine("The server is a child process of the benchmark (so its memory is its own); latency is the server's");
        text.AppendLine("send stamp to the client's parse of the `next` event, both on the same clock.").AppendLine();
        text.AppendLine("```").AppendLine("./graph bench sse          # dotnet run -c Release --project tests/Graph.Benchmarks -- sse").AppendLine("```").AppendLine();
        text.AppendLine(CultureInfo.InvariantCulture, $"Options: `--subscriptions N` (10000), `--events E` (10), `--parallel P` (100 handshakes at a time).").AppendLine();
        text.AppendLine(CultureInfo.InvariantCulture, $"- Machine: {Machine}; GC: {(ServerGc ? "server" : "workstation")}, both processes.");
        text.AppendLine(CultureInfo.InvariantCulture, $"- Date: {Started:yyyy-MM-dd} (run started {Started:HH:mm:ss} UTC).");
        text.AppendLine(CultureInfo.InvariantCulture, $"- Load: client and server share the 2 cores; load average at the end {LoadAverage}; the machine was shared with other engineers' builds and tests.");
        text.AppendLine(CultureInfo.InvariantCulture, $"- File descriptors: soft limit {FileDescriptorLimit} per process (raised by the launcher up to the hard limit when lower).").AppendLine();
        text.AppendLine("| Figure | Value |").AppendLine("|---|---:|");
        text.AppendLine(CultureInfo.InvariantCulture, $"| Subscriptions open (server count) | {Loaded.Subscribed:N0} of {Subscriptions:N0}{(AllOpen ? string.Empty : " (not all)")} |");
        text.AppendLine(CultureInfo.InvariantCulture, $"| Time to open them ({Parallel} at a time) | {OpenTime.TotalSeconds:0.0} s |");
        text.AppendLine(CultureInfo.InvariantCulture, $"| Failed subscriptions | {Failures} |");
        text.AppendLine(CultureInfo.InvariantCulture, $"| Deliveries | {Deliveries:N0} of {Loaded.Subscribed * Events:N0} |");
        text.AppendLine(CultureInfo.InvariantCulture, $"| Delivery latency p50 | {P50:0.0} ms |");
        text.AppendLine(CultureInfo.InvariantCulture, $"| Delivery latency p99 | {P99:0.0} ms |");
        text.AppendLine(CultureInfo.InvariantCulture, $"| Server working set, idle -> loaded | {Mb(Baseline.WorkingSetBytes)} -> {Mb(Loaded.WorkingSetBytes)} MB |");
        text.AppendLine(CultureInfo.InvariantCulture, $"| Server working set per 1,000 subscriptions | {Mb((long)((Loaded.WorkingSetBytes - Baseline.WorkingSetBytes) / perThousand))} MB |");
        text.AppendLine(CultureInfo.InvariantCulture, $"| Server managed heap per 1,000 subscriptions (after a full GC) | {Mb((long)((Loaded.HeapBytes - Baseline.HeapBytes) / perThousand))} MB |").AppendLine();
        text.AppendLine("Per event (delivered, p50, p99 in ms): " + string.Join("; ", PerEvent.Select((e, i) =>
            string.Create(CultureInfo.InvariantCulture, $"{i}: {e.Delivered:N0}, {e.P50:0.0}, {e.P99:0.0}"))) + ".").AppendLine();
        text.AppendLine("Reading it: one publish fans out to every subscription on the server's thread pool, so an event's");
        text.AppendLine("latency grows with the number of subscriptions (the last stream written waits for the others) and");
        text.AppendLine("includes the client's own parsing of 10,000 streams on the same 2 cores; p99 is that tail.");
        return text.ToString();
    }
}
