using System.Diagnostics;
using System.Net.Http.Headers;
using System.Text;

namespace Graph.Benchmarks.Http;

/// <summary>One measured run: completed requests, the rate, latency percentiles and whether every answer was right.</summary>
internal sealed record LoadResult(long Requests, double RequestsPerSecond, double P50Milliseconds, double P99Milliseconds, long Failures, string? FirstFailure = null);

/// <summary>
/// A closed-loop HTTP/1.1 load generator: <c>connections</c> workers on as many keep-alive connections, each sending
/// the next POST as soon as the previous answer is read, for a fixed time. The same generator, with the same
/// settings, drives both servers. Every answer is compared with the expected body (a wrong one counts as a failure).
/// </summary>
internal sealed class HttpLoadGenerator(int connections)
{
    public async Task<LoadResult> RunAsync(Uri endpoint, string body, string expected, TimeSpan duration)
    {
        using var handler = new SocketsHttpHandler
        {
            MaxConnectionsPerServer = connections,
            PooledConnectionLifetime = Timeout.InfiniteTimeSpan,
            PooledConnectionIdleTimeout = TimeSpan.FromMinutes(5),
            UseProxy = false,
            AutomaticDecompression = System.Net.DecompressionMethods.None,
        };
        using var client = new HttpClient(handler) { Timeout = TimeSpan.FromSeconds(30) };
        var payload = Encoding.UTF8.GetBytes(body);
        var expectedBytes = Encoding.UTF8.GetBytes(expected);
        using var stop = new CancellationTokenSource();
        var started = Stopwatch.GetTimestamp();
        var workers = Enumerable.Range(0, connections)
            .Select(_ => Task.Run(() => WorkAsync(client, endpoint, payload, expectedBytes, stop.Token)))
            .ToArray();
        await Task.Delay(duration).ConfigureAwait(false);
        await stop.CancelAsync().ConfigureAwait(false);
        var results = await Task.WhenAll(workers).ConfigureAwait(false);
        var elapsed = Stopwatch.GetElapsedTime(started).TotalSeconds;

        var latencies = results.SelectMany(r => r.Latencies).Order().ToArray();
        var requests = latencies.LongLength;
        return new LoadResult(
            requests,
            requests / elapsed,
            Percentile(latencies, 0.50),
            Percentile(latencies, 0.99),
            results.Sum(r => r.Failures),
            results.Select(r => r.FirstFailure).FirstOrDefault(f => f is not null));
    }

    private static async Task<(List<double> Latencies, long Failures, string? FirstFailure)> WorkAsync(HttpClient client, Uri endpoint, byte[] payload, byte[] expected, CancellationToken stop)
    {
        var latencies = new List<double>(1 << 16);
        long failures = 0;
        string? firstFailure = null;
        var contentType = new MediaTypeHeaderValue("application/json");
        while (!stop.IsCancellationRequested)
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, endpoint) { Content = new ByteArrayContent(payload) };
            request.Content.Headers.ContentType = contentType;
            request.Headers.TryAddWithoutValidation("Accept", "application/graphql-response+json, application/json;q=0.9");
            var sent = Stopwatch.GetTimestamp();
            try
            {
                using var response = await client.SendAsync(request, HttpCompletionOption.ResponseContentRead, CancellationToken.None).ConfigureAwait(false);
                var answer = await response.Content.ReadAsByteArrayAsync(CancellationToken.None).ConfigureAwait(false);
                if (response.StatusCode != System.Net.HttpStatusCode.OK || !answer.AsSpan().SequenceEqual(expected))
                {
                    failures++;
                    firstFailure ??= $"{(int)response.StatusCode}: {Encoding.UTF8.GetString(answer)}";
                }
            }
            catch (HttpRequestException error)
            {
                failures++;
                firstFailure ??= error.Message;
            }

            latencies.Add(Stopwatch.GetElapsedTime(sent).TotalMilliseconds);
        }

        return (latencies, failures, firstFailure);
    }

    private static double Percentile(double[] sorted, double percentile) =>
        sorted.Length == 0 ? 0 : sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(percentile * sorted.Length) - 1)];
}
