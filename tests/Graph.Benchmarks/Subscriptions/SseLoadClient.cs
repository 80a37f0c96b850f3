using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace Graph.Benchmarks.Subscriptions;

/// <summary>
/// The client side: N concurrent graphql-sse subscriptions (distinct connections mode, one
/// HTTP/1.1 connection each), each reading its event stream and recording, per tick, the delay
/// between the server's send stamp and the moment the event was parsed here.
/// </summary>
internal sealed class SseLoadClient : IDisposable
{
    private readonly HttpClient _http;
    private readonly Uri _endpoint;
    private readonly int _events;
    private readonly double[] _latencies;
    private readonly int[] _received;
    private readonly CancellationTokenSource _stop = new();
    private readonly List<Task> _readers = [];
    private int _failures;

    public SseLoadClient(Uri endpoint, int subscriptions, int events)
    {
        _endpoint = endpoint;
        _events = events;
        _latencies = new double[subscriptions * events];
        Array.Fill(_latencies, double.NaN);
        _received = new int[events];
        _http = new HttpClient(new SocketsHttpHandler
        {
            MaxConnectionsPerServer = int.MaxValue,
            PooledConnectionLifetime = Timeout.InfiniteTimeSpan,
            ConnectTimeout = TimeSpan.FromSeconds(30),
        })
        { Timeout = Timeout.InfiniteTimeSpan };
    }

    public int Failures => Volatile.Read(ref _failures);

    public int Received(int seq) => Volatile.Read(ref _received[seq]);

    /// <summary>Opens <paramref name="count"/> subscriptions, <paramref name="parallel"/> handshakes at a time; returns once every response has started.</summary>
    public async Task OpenAsync(int count, int parallel)
    {
        using var gate = new SemaphoreSlim(parallel);
        var started = new List<Task>(count);
        for (var i = 0; i < count; i++)
        {
            await gate.WaitAsync();
            var index = i;
            var opened = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            _readers.Add(Task.Run(() => ReadAsync(index, opened)));
            started.Add(opened.Task.ContinueWith(_ => gate.Release(), TaskScheduler.Default));
        }

        await Task.WhenAll(started);
    }

    /// <summary>Every recorded latency of one tick, in milliseconds (missing deliveries are left out).</summary>
    public IEnumerable<double> LatenciesOf(int seq) =>
        Enumerable.Range(0, _latencies.Length / _events).Select(i => _latencies[(i * _events) + seq]).Where(v => !double.IsNaN(v));

    public void Dispose()
    {
        _stop.Cancel();
        Task.WhenAll(_readers).Wait(TimeSpan.FromSeconds(30));
        _http.Dispose();
        _stop.Dispose();
    }

    private async Task ReadAsync(int index, TaskCompletionSource opened)
    {
        try
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, _endpoint)
            {
                Content = new StringContent("""{"query":"subscription { tick { seq sentAt } }"}""", Encoding.UTF8, "application/json"),
            };
            request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/event-stream"));
            using var response = await _http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, _stop.Token);
            response.EnsureSuccessStatusCode();
            opened.TrySetResult();
            using var reader = new StreamReader(await response.Content.ReadAsStreamAsync(_stop.Token));
            while (await reader.ReadLineAsync(_stop.Token) is { } line)
            {
                if (line.StartsWith("data: {", StringComparison.Ordinal))
                {
                    Record(index, line.AsSpan("data: ".Length));
                }
            }
        }
        catch (OperationCanceledException) when (_stop.IsCancellationRequested)
        {
            // The benchmark is over.
        }
        catch (Exception)
        {
            Interlocked.Increment(ref _failures);
        }
        finally
        {
            opened.TrySetResult();
        }
    }

    private void Record(int index, ReadOnlySpan<char> json)
    {
        var now = DateTime.UtcNow.Ticks;
        using var document = JsonDocument.Parse(json.ToString());
        var tick = document.RootElement.GetProperty("data").GetProperty("tick");
        var seq = tick.GetProperty("seq").GetInt32();
        var sentAt = long.Parse(tick.GetProperty("sentAt").GetString()!, CultureInfo.InvariantCulture);
        if (seq >= 0 && seq < _events)
        {
            _latencies[(index * _events) + seq] = (now - sentAt) / (double)TimeSpan.TicksPerMillisecond;
            Interlocked.Increment(ref _received[seq]);
        }
    }
}
