using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using System.Net.Http.Headers;
using System.Text;

namespace Graph.Fusion.Execution.Execution;

/// <summary>
/// A subgraph's whole answer. <see cref="SubgraphClient"/> parses it once into read-only JSON elements, shared by every
/// caller of a deduplicated request; each caller builds its own mutable nodes over them (they are merged into its own
/// result).
/// </summary>
internal sealed record SubgraphAnswer(System.Net.HttpStatusCode Status, string? MediaType, byte[] Body)
{
    private object? _parsed;

    /// <summary>The answer parsed by <paramref name="parse"/> once (a failure is not kept: each caller gets its own exception).</summary>
    public T ParsedAs<T>(Func<byte[], T> parse)
        where T : class
    {
        if (Volatile.Read(ref _parsed) is T parsed)
        {
            return parsed;
        }

        parsed = parse(Body);
        Volatile.Write(ref _parsed, parsed);
        return parsed;
    }
}

/// <summary>
/// Identical query fetches in flight at the same moment share one subgraph request: many clients asking for the same
/// popular product at once cost the subgraph one query. Two fetches are identical when subgraph, URL, body (document and
/// variables) and every header but the trace context are, so callers with different identities or languages never share.
/// Each caller waits with its own cancellation (and timeout); the shared request is cancelled when the last caller
/// still waiting gives up, and a request given up is never joined. Entries leave the map when the request ends, so
/// nothing is cached: a fetch that starts after the answer arrived sends its own request.
/// </summary>
internal sealed class InflightRequests
{
    /// <summary>Counts fetches that joined a request already in flight (tag <c>graph.subgraph</c>).</summary>
    public static readonly Counter<long> Deduplicated =
        new Meter("Graph.Fusion").CreateCounter<long>("graph.gateway.subgraph.deduplicated", description: "Subgraph fetches answered by an identical request already in flight.");

    // Trace context differs per client request and says nothing about the answer.
    private static readonly HashSet<string> IgnoredHeaders = new(StringComparer.OrdinalIgnoreCase) { "traceparent", "tracestate", "baggage" };

    private readonly ConcurrentDictionary<RequestKey, SharedRequest> _requests = new();

    [ThreadStatic]
    private static StringBuilder? t_key;

    [ThreadStatic]
    private static List<KeyValuePair<string, HeaderStringValues>>? t_headers;

    /// <summary>
    /// Sends <paramref name="request"/> with <paramref name="send"/> (given the schema, so that callers pass one cached
    /// delegate), or joins the identical request already in flight (and disposes its own).
    /// </summary>
    public Task<SubgraphAnswer> SendAsync(
        string schema, HttpRequestMessage request, byte[] body, Func<string, HttpRequestMessage, CancellationToken, Task<SubgraphAnswer>> send,
        CancellationToken cancellationToken)
    {
        var key = KeyOf(schema, request, body);
        var mine = new SharedRequest(this, key, schema, request, send);
        var entry = _requests.GetOrAdd(key, mine);
        if (!ReferenceEquals(entry, mine))
        {
            if (!entry.TryJoin())
            {
                // Given up by everyone who waited for it, and about to leave the map: this fetch goes on its own.
                return send(schema, request, cancellationToken);
            }

            request.Dispose();
            Deduplicated.Add(1, new KeyValuePair<string, object?>("graph.subgraph", schema));
        }
        else
        {
            mine.Start();
        }

        return entry.WaitAsync(cancellationToken);
    }

    private async Task<SubgraphAnswer> RunSharedAsync(
        RequestKey key, string schema, HttpRequestMessage request, Func<string, HttpRequestMessage, CancellationToken, Task<SubgraphAnswer>> send,
        CancellationToken cancellationToken)
    {
        try
        {
            return await send(schema, request, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            _requests.TryRemove(key, out _);
        }
    }

    private static RequestKey KeyOf(string schema, HttpRequestMessage request, byte[] body)
    {
        // One builder and header list per thread, cleared for every key: the key's string is the only allocation.
        var key = (t_key ??= new StringBuilder(256)).Clear().Append(schema).Append('\n').Append(request.RequestUri).Append('\n');
        var headers = t_headers ??= [];
        headers.Clear();
        // NonValidated: enumerating the typed view would parse the forwarded values and send them re-formatted.
        foreach (var header in request.Headers.NonValidated)
        {
            if (!IgnoredHeaders.Contains(header.Key))
            {
                headers.Add(header);
            }
        }

        headers.Sort(static (a, b) => StringComparer.OrdinalIgnoreCase.Compare(a.Key, b.Key));
        foreach (var header in headers)
        {
            key.Append(header.Key).Append(':');
            var first = true;
            foreach (var value in header.Value) // the struct enumerator: AppendJoin would box the values and their enumerator
            {
                (first ? key : key.Append(',')).Append(value);
                first = false;
            }

            key.Append('\n');
        }

        headers.Clear();
        var head = key.ToString();
        if (key.Capacity > 4096)
        {
            t_key = null; // an unusually large key: do not keep its buffer for the thread's lifetime
        }

        return new RequestKey(head, body);
    }

    /// <summary>Subgraph, URL and headers, and the body compared byte for byte (so two different bodies never share).</summary>
    private sealed class RequestKey : IEquatable<RequestKey>
    {
        private readonly string _head;
        private readonly byte[] _body;
        private readonly int _hash;

        public RequestKey(string head, byte[] body)
        {
            _head = head;
            _body = body;
            var hash = new HashCode();
            hash.Add(head, StringComparer.Ordinal);
            hash.AddBytes(body);
            _hash = hash.ToHashCode();
        }

        public bool Equals(RequestKey? other) =>
            other is not null && _hash == other._hash && string.Equals(_head, other._head, StringComparison.Ordinal) && _body.AsSpan().SequenceEqual(other._body);

        public override bool Equals(object? obj) => Equals(obj as RequestKey);

        public override int GetHashCode() => _hash;
    }

    /// <summary>One request and the callers waiting for it.</summary>
    private sealed class SharedRequest(
        InflightRequests owner, RequestKey key, string schema, HttpRequestMessage request,
        Func<string, HttpRequestMessage, CancellationToken, Task<SubgraphAnswer>> send)
    {
        private readonly CancellationTokenSource _abandon = new();
        private readonly Lock _lock = new();
        private Task<SubgraphAnswer>? _running;

        // Only for a caller that joined between the entry's insertion and its start (rare): what it waits for first.
        private TaskCompletionSource<Task<SubgraphAnswer>>? _startedForEarlyCallers;
        private int _waiting = 1;

        public void Start()
        {
            var running = owner.RunSharedAsync(key, schema, request, send, _abandon.Token);
            TaskCompletionSource<Task<SubgraphAnswer>>? early;
            lock (_lock)
            {
                _running = running;
                early = _startedForEarlyCallers;
            }

            early?.SetResult(running);
        }

        public bool TryJoin()
        {
            lock (_lock)
            {
                if (_abandon.IsCancellationRequested)
                {
                    return false;
                }

                _waiting++;
                return true;
            }
        }

        public async Task<SubgraphAnswer> WaitAsync(CancellationToken cancellationToken)
        {
            Task<SubgraphAnswer>? running;
            Task<Task<SubgraphAnswer>>? started = null;
            lock (_lock)
            {
                // Started before the first caller waits, so usually nothing to wait for here.
                running = _running;
                if (running is null)
                {
                    started = (_startedForEarlyCallers ??= new(TaskCreationOptions.RunContinuationsAsynchronously)).Task;
                }
            }

            try
            {
                running ??= await started!.WaitAsync(cancellationToken).ConfigureAwait(false);
                return await running.WaitAsync(cancellationToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                Leave();
                throw;
            }
        }

        // The last caller still waiting gave up: nobody wants the answer, so the request stops.
        private void Leave()
        {
            lock (_lock)
            {
                if (--_waiting == 0)
                {
                    _abandon.Cancel();
                }
            }
        }
    }
}
