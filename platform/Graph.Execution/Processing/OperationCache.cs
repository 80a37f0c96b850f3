using System.Collections.Concurrent;
using Graph.Language;
using Graph.Types;

namespace Graph.Execution.Processing;

/// <summary>
/// A parsed and validated document with its compiled operations, cached by document hash so that a repeated
/// request skips parsing and validation (and reuses its compiled operation).
/// </summary>
public sealed class CachedDocument(string hash, DocumentNode document, IReadOnlyList<GraphQLError> validationErrors)
{
    private readonly ConcurrentDictionary<string, CompiledOperation> _operations = new(StringComparer.Ordinal);

    public string Hash { get; } = hash;

    public DocumentNode Document { get; } = document;

    public IReadOnlyList<GraphQLError> ValidationErrors { get; } = validationErrors;

    public bool IsValid => ValidationErrors.Count == 0;

    /// <summary>The document's operation named <paramref name="operationName"/> (or its only one), compiled once for <paramref name="schema"/>.</summary>
    internal CompiledOperation GetOrAddOperation(Schema schema, string? operationName) =>
        _operations.GetOrAdd(
            operationName ?? string.Empty,
            static (_, state) => CompiledOperation.Compile(state.schema, state.document.Document, state.operationName),
            (schema, document: this, operationName));
}

/// <summary>
/// A bounded least-recently-used cache of <see cref="CachedDocument"/>s by hash, and by the text they were parsed from
/// (a repeated request finds its document without hashing the text again). Thread-safe; an entry is promoted on every
/// hit and the least recently used one is evicted beyond <see cref="Capacity"/>.
/// </summary>
public sealed class OperationCache(int capacity = 256)
{
    private readonly object _gate = new();
    private readonly Dictionary<string, LinkedListNode<Entry>> _entries = new(StringComparer.Ordinal);

    // Keys are request texts: the default string comparer's randomized hashing keeps chosen collisions out.
    private readonly Dictionary<string, LinkedListNode<Entry>> _byText = new(StringComparer.Ordinal);
    private readonly LinkedList<Entry> _recency = new();

    public int Capacity { get; } = capacity > 0 ? capacity : throw new ArgumentOutOfRangeException(nameof(capacity));

    public int Count
    {
        get
        {
            lock (_gate)
            {
                return _entries.Count;
            }
        }
    }

    /// <summary>Counts hits, for tests and metrics.</summary>
    public long Hits => Interlocked.Read(ref _hits);

    private long _hits;

    public bool TryGet(string hash, [System.Diagnostics.CodeAnalysis.MaybeNullWhen(false)] out CachedDocument document) =>
        TryGet(_entries, hash, out document);

    /// <summary>The document parsed from exactly <paramref name="text"/>, if it is cached.</summary>
    public bool TryGetByText(string text, [System.Diagnostics.CodeAnalysis.MaybeNullWhen(false)] out CachedDocument document) =>
        TryGet(_byText, text, out document);

    /// <summary>Adds <paramref name="document"/>, or returns the entry another request added first.</summary>
    public CachedDocument Add(CachedDocument document) => Add(document, text: null);

    /// <summary>Adds <paramref name="document"/> parsed from <paramref name="text"/>, or returns the entry another request added first.</summary>
    public CachedDocument Add(CachedDocument document, string? text)
    {
        ArgumentNullException.ThrowIfNull(document);
        lock (_gate)
        {
            if (_entries.TryGetValue(document.Hash, out var existing))
            {
                return existing.Value.Document;
            }

            var node = _recency.AddFirst(new Entry(document, text));
            _entries[document.Hash] = node;
            if (text is not null)
            {
                _byText[text] = node;
            }

            while (_entries.Count > Capacity && _recency.Last is { } last)
            {
                _recency.RemoveLast();
                _entries.Remove(last.Value.Document.Hash);
                if (last.Value.Text is { } lastText)
                {
                    _byText.Remove(lastText);
                }
            }

            return document;
        }
    }

    private bool TryGet(Dictionary<string, LinkedListNode<Entry>> index, string key, [System.Diagnostics.CodeAnalysis.MaybeNullWhen(false)] out CachedDocument document)
    {
        lock (_gate)
        {
            if (index.TryGetValue(key, out var node))
            {
                _recency.Remove(node);
                _recency.AddFirst(node);
                document = node.Value.Document;
                Interlocked.Increment(ref _hits);
                return true;
            }
        }

        document = null;
        return false;
    }

    private sealed record Entry(CachedDocument Document, string? Text);
}
