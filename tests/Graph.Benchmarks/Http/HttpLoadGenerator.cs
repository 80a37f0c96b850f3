using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Graph.Benchmarks.Http;

/// <summary>One measured run: completed requests, the rate, latency percentiles and whether every answer was right.</summary>
internal sealed record LoadResult(long Requests, double RequestsPerSecond, double P50Milliseconds, double P99Milliseconds, long Failures, string? FirstFailure = null);

/// <summary>
/// A closed-loop HTTP/1.1 load generator: <c>connections</c> workers, each on a keep-alive connection of its own,
/// sending the next POST as soon as the previous answer is read, for a fixed time. The same generator, with the same
/// settings, drives every server. Every answer's status and body are compared with the expected ones (a wrong one
/// counts as a failure) and every request's latency is recorded. It writes one request encoded once and reads the
/// answers with <see cref="Http11ResponseReader"/> straight from the socket (Content-Length or chunked bodies,
/// reconnecting after <c>Connection: close</c>), so that it costs little CPU next to the servers it measures, as a
/// load generator should: the benchmarks report the CPU the benchmark's process spends per request.
/// </summary>
internal sealed class HttpLoadGenerator(int connections)
{
    /// <summary>How long a run waits, after its duration, for the answers in flight before it closes their connections.</summary>
    private static readonly TimeSpan DrainTimeout = TimeSpan.FromSeconds(30);

    public async Task<LoadResult> RunAsync(Uri endpoint, string body, string expected, TimeSpan duration)
    {
        var address = await ResolveAsync(endpoint).ConfigureAwait(false);
        var request = EncodeRequest(endpoint, body);
        var expectedBytes = Encoding.UTF8.GetBytes(expected);
        var workers = Enumerable.Range(0, connections).Select(_ => new Worker(address, request, expectedBytes)).ToArray();
        using var stop = new CancellationTokenSource();
        var started = Stopwatch.GetTimestamp();
        var running = workers.Select(worker => Task.Run(() => worker.RunAsync(stop.Token))).ToArray();
        await Task.Delay(duration).ConfigureAwait(false);
        await stop.CancelAsync().ConfigureAwait(false);
        var all = Task.WhenAll(running);
        if (await Task.WhenAny(all, Task.Delay(DrainTimeout)).ConfigureAwait(false) != all)
        {
            foreach (var worker in workers)
            {
                worker.Abort();
            }
        }

        await all.ConfigureAwait(false);
        var elapsed = Stopwatch.GetElapsedTime(started).TotalSeconds;
        var latencies = workers.SelectMany(w => w.Latencies).Order().ToArray();
        var requests = latencies.LongLength;
        return new LoadResult(
            requests,
            requests / elapsed,
            Percentile(latencies, 0.50),
            Percentile(latencies, 0.99),
            workers.Sum(w => w.Failures),
            workers.Select(w => w.FirstFailure).FirstOrDefault(f => f is not null));
    }

    /// <summary>The whole request, head and JSON body, as the bytes every worker sends for every request.</summary>
    internal static byte[] EncodeRequest(Uri endpoint, string body)
    {
        var content = Encoding.UTF8.GetBytes(body);
        var head = Encoding.ASCII.GetBytes(
            $"POST {endpoint.PathAndQuery} HTTP/1.1\r\n" +
            $"Host: {endpoint.Authority}\r\n" +
            "Content-Type: application/json\r\n" +
            "Accept: application/graphql-response+json, application/json;q=0.9\r\n" +
            $"Content-Length: {content.Length}\r\n\r\n");
        return [.. head, .. content];
    }

    private static async Task<IPEndPoint> ResolveAsync(Uri endpoint)
    {
        if (endpoint.Scheme != Uri.UriSchemeHttp)
        {
            throw new ArgumentException($"The load generator speaks plain HTTP/1.1 only: {endpoint}", nameof(endpoint));
        }

        var addresses = IPAddress.TryParse(endpoint.IdnHost, out var literal)
            ? [literal]
            : await Dns.GetHostAddressesAsync(endpoint.IdnHost).ConfigureAwait(false);
        return new IPEndPoint(addresses[0], endpoint.Port);
    }

    private static double Percentile(double[] sorted, double percentile) =>
        sorted.Length == 0 ? 0 : sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(percentile * sorted.Length) - 1)];

    /// <summary>One closed loop on one connection (opened again after the server closes it or a request fails).</summary>
    private sealed class Worker(IPEndPoint address, byte[] request, byte[] expected)
    {
        private NetworkStream? _connection;
        private Http11ResponseReader? _reader;
        private volatile bool _aborted;

        public List<double> Latencies { get; } = new(1 << 16);

        public long Failures { get; private set; }

        public string? FirstFailure { get; private set; }

        public async Task RunAsync(CancellationToken stop)
        {
            try
            {
                while (!stop.IsCancellationRequested && !_aborted)
                {
                    var sent = Stopwatch.GetTimestamp();
                    try
                    {
                        var (connection, reader) = _connection is { } open ? (open, _reader!) : await ConnectAsync().ConfigureAwait(false);
                        await connection.WriteAsync(request).ConfigureAwait(false);
                        var response = await reader.ReadAsync().ConfigureAwait(false);
                        if (response.StatusCode != 200 || !response.Body.Span.SequenceEqual(expected))
                        {
                            Fail($"{response.StatusCode}: {Encoding.UTF8.GetString(response.Body.Span)}");
                        }

                        if (!response.KeepAlive)
                        {
                            Close();
                        }
                    }
                    catch (Exception error) when (error is IOException or SocketException or InvalidDataException or ObjectDisposedException)
                    {
                        Fail(error.Message);
                        Close();
                    }

                    Latencies.Add(Stopwatch.GetElapsedTime(sent).TotalMilliseconds);
                }
            }
            finally
            {
                Close();
            }
        }

        /// <summary>Closes the connection from another thread: the answer awaited fails and the loop ends.</summary>
        public void Abort()
        {
            _aborted = true;
            _connection?.Dispose();
        }

        private async Task<(NetworkStream, Http11ResponseReader)> ConnectAsync()
        {
            var socket = new Socket(address.AddressFamily, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
            try
            {
                await socket.ConnectAsync(address).ConfigureAwait(false);
            }
            catch
            {
                socket.Dispose();
                throw;
            }

            _connection = new NetworkStream(socket, ownsSocket: true);
            _reader = new Http11ResponseReader(_connection);
            return (_connection, _reader);
        }

        private void Close()
        {
            _connection?.Dispose();
            _connection = null;
            _reader = null;
        }

        private void Fail(string message)
        {
            Failures++;
            FirstFailure ??= message;
        }
    }
}
