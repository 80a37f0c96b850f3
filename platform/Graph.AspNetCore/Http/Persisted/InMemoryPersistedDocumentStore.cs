using System.Collections.Concurrent;

namespace Graph.AspNetCore.Http;

/// <summary>
/// The automatic persisted query store of one server process: hash -> document, bounded; when full, the
/// oldest registrations are dropped and clients re-register them (Apollo APQ answers <c>PersistedQueryNotFound</c>
/// and the client resends the query with its hash). Replicas each learn documents on their own.
/// </summary>
public sealed class InMemoryPersistedDocumentStore(int capacity = 10_000) : IWritablePersistedDocumentStore
{
    private readonly ConcurrentDictionary<string, string> _documents = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<string> _order = new();

    public int Capacity { get; } = capacity > 0 ? capacity : throw new ArgumentOutOfRangeException(nameof(capacity));

    public int Count => _documents.Count;

    public ValueTask<string?> TryGetAsync(string id, CancellationToken cancellationToken) =>
        ValueTask.FromResult(_documents.TryGetValue(Normalize(id), out var document) ? document : null);

    public bool ContainsHash(string documentHash) => _documents.ContainsKey(documentHash);

    public ValueTask SaveAsync(string hash, string document, CancellationToken cancellationToken)
    {
        if (_documents.TryAdd(hash, document))
        {
            _order.Enqueue(hash);
            while (_documents.Count > Capacity && _order.TryDequeue(out var oldest))
            {
                _documents.TryRemove(oldest, out _);
            }
        }

        return ValueTask.CompletedTask;
    }

    /// <summary>Accepts <c>sha256:&lt;hex&gt;</c> document ids (the persisted documents appendix's prefixed form) as the bare hash.</summary>
    internal static string Normalize(string id) =>
        id.StartsWith("sha256:", StringComparison.OrdinalIgnoreCase) ? id[7..].ToLowerInvariant() : id;
}
