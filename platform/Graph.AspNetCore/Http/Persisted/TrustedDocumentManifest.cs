using System.Collections.Frozen;
using System.Text.Json;
using Graph.Execution.Processing;

namespace Graph.AspNetCore.Http;

/// <summary>
/// A read-only set of trusted documents loaded from a manifest file, in either of the two common formats:
/// <list type="bullet">
/// <item>a JSON object mapping id -> document text (GraphQL Codegen's client preset <c>persisted-documents.json</c>, Relay's persisted queries);</item>
/// <item>Apollo's persisted query manifest: <c>{ "format": "apollo-persisted-query-manifest", "version": 1, "operations": [{ "id", "body", ... }] }</c>.</item>
/// </list>
/// Every document is also findable by the SHA-256 of its text, so Apollo-style hash requests and the same text
/// sent in full are recognised whatever ids the manifest uses.
/// </summary>
public sealed class TrustedDocumentManifest : IPersistedDocumentStore
{
    private readonly FrozenDictionary<string, string> _byId;
    private readonly FrozenDictionary<string, string> _byHash;

    public TrustedDocumentManifest(IEnumerable<KeyValuePair<string, string>> documents)
    {
        ArgumentNullException.ThrowIfNull(documents);
        var byId = new Dictionary<string, string>(StringComparer.Ordinal);
        var byHash = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (id, document) in documents)
        {
            byId[InMemoryPersistedDocumentStore.Normalize(id)] = document;
            byHash[DocumentHash.Compute(document)] = document;
        }

        _byId = byId.ToFrozenDictionary(StringComparer.Ordinal);
        _byHash = byHash.ToFrozenDictionary(StringComparer.Ordinal);
    }

    public int Count => _byId.Count;

    public ValueTask<string?> TryGetAsync(string id, CancellationToken cancellationToken)
    {
        var key = InMemoryPersistedDocumentStore.Normalize(id);
        return ValueTask.FromResult(_byId.TryGetValue(key, out var document) || _byHash.TryGetValue(key, out document) ? document : null);
    }

    public bool ContainsHash(string documentHash) => _byHash.ContainsKey(documentHash);

    /// <summary>Reads a manifest file; fails with the file's name and what is wrong in it.</summary>
    public static TrustedDocumentManifest Load(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        try
        {
            using var stream = File.OpenRead(path);
            using var json = JsonDocument.Parse(stream);
            return Parse(json.RootElement);
        }
        catch (Exception error) when (error is JsonException or FormatException)
        {
            throw new InvalidDataException($"The trusted documents manifest {path} is invalid: {error.Message}", error);
        }
    }

    public static TrustedDocumentManifest Parse(JsonElement manifest)
    {
        if (manifest.ValueKind != JsonValueKind.Object)
        {
            throw new FormatException("a manifest is a JSON object.");
        }

        if (manifest.TryGetProperty("format", out var format) && format.ValueKind == JsonValueKind.String
            && manifest.TryGetProperty("operations", out var operations))
        {
            return new TrustedDocumentManifest(ApolloOperations(format.GetString(), operations));
        }

        var documents = new List<KeyValuePair<string, string>>();
        foreach (var entry in manifest.EnumerateObject())
        {
            documents.Add(new(entry.Name, entry.Value.ValueKind == JsonValueKind.String
                ? entry.Value.GetString()!
                : throw new FormatException($"the document of \"{entry.Name}\" is not a string.")));
        }

        return new TrustedDocumentManifest(documents);
    }

    private static List<KeyValuePair<string, string>> ApolloOperations(string? format, JsonElement operations)
    {
        if (format != "apollo-persisted-query-manifest" || operations.ValueKind != JsonValueKind.Array)
        {
            throw new FormatException($"unknown manifest format \"{format}\" (expected apollo-persisted-query-manifest with an operations list).");
        }

        var documents = new List<KeyValuePair<string, string>>();
        foreach (var operation in operations.EnumerateArray())
        {
            if (operation.ValueKind != JsonValueKind.Object
                || !operation.TryGetProperty("id", out var id) || id.ValueKind != JsonValueKind.String
                || !operation.TryGetProperty("body", out var body) || body.ValueKind != JsonValueKind.String)
            {
                throw new FormatException("every operation needs a string \"id\" and \"body\".");
            }

            documents.Add(new(id.GetString()!, body.GetString()!));
        }

        return documents;
    }
}
