using System.Buffers;
using System.Collections.Concurrent;
using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Graph.Execution;
using Graph.Language;

namespace Graph.Gateway.Caching;

/// <summary>
/// Decorates a composition's executor with the Redis response cache (docs/fusion.md "Response cache"): a query whose
/// every field has a cache hint (<see cref="CachePolicyAnalyzer"/>) is answered from Redis when an entry exists for
/// its key (<see cref="CacheKey"/>); otherwise it runs with its entities' keys added, the response (its <c>data</c>,
/// only when there are no errors) is stored tagged with the entities it contains, and the keys are taken out again.
/// Every response gets <c>Cache-Control</c>: <c>max-age=N, public|private</c> for cacheable queries, <c>no-store</c>
/// for everything else. Persisted and trusted documents are cached like any other: the transports resolve an id or
/// hash to the document's text before the executor runs. Only a request that reaches the executor with an id or hash
/// and no text (a caller bypassing the transports) passes through uncached.
/// </summary>
public sealed class ResponseCachingExecutor : IRequestExecutor
{
    private readonly IRequestExecutor _inner;
    private readonly CacheHintIndex _hints;
    private readonly string _composition;
    private readonly ResponseCache _cache;
    private readonly IHttpContextAccessor _http;
    private readonly ConcurrentDictionary<string, AnalyzedOperation> _operations = new(StringComparer.Ordinal);

    public ResponseCachingExecutor(IRequestExecutor inner, CacheHintIndex hints, string compositionHash, ResponseCache cache, IHttpContextAccessor http)
    {
        _inner = inner ?? throw new ArgumentNullException(nameof(inner));
        _hints = hints ?? throw new ArgumentNullException(nameof(hints));
        _composition = compositionHash ?? throw new ArgumentNullException(nameof(compositionHash));
        _cache = cache ?? throw new ArgumentNullException(nameof(cache));
        _http = http ?? throw new ArgumentNullException(nameof(http));
    }

    public Graph.Types.Schema Schema => _inner.Schema;

    /// <summary>The decorated executor.</summary>
    public IRequestExecutor Inner => _inner;

    public async Task<IExecutionResult> ExecuteAsync(OperationRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var operation = Analyze(request);
        if (operation is not { Policy.IsCacheable: true } cacheable)
        {
            return await UncachedAsync(request, cancellationToken).ConfigureAwait(false);
        }

        var policy = cacheable.Policy;
        var audience = Audience(policy, request.User ?? _http.HttpContext?.User);
        if (audience is null)
        {
            // PRIVATE data for an anonymous caller: never read or written.
            return await UncachedAsync(request, cancellationToken).ConfigureAwait(false);
        }

        var key = CacheKey.Compute(_composition, cacheable.Hash, request.OperationName, CacheKey.CanonicalVariables(request.Variables, request.VariableValues), audience);
        var (entry, generation) = await _cache.TryGetAsync(key, cancellationToken).ConfigureAwait(false);
        if (entry is not null)
        {
            ResponseCacheTelemetry.Hits.Add(1);
            SetCacheControl(policy with { MaxAge = Math.Min(policy.MaxAge, entry.RemainingSeconds) });
            return FromEntry(entry);
        }

        ResponseCacheTelemetry.Misses.Add(1);
        var tagged = await _inner.ExecuteAsync(request with { Document = policy.TaggedDocument, DocumentNode = null, DocumentId = null, DocumentHash = null }, cancellationToken).ConfigureAwait(false);
        if (tagged is not OperationResult { Data: { } data, Errors.Count: 0 } result)
        {
            // Errors (whose locations would point into the tagged operation) are answered by the client's own operation.
            return await UncachedAsync(request, cancellationToken).ConfigureAwait(false);
        }

        var tags = new HashSet<string>(StringComparer.Ordinal);
        var clientData = EntityTagCollector.Strip(data, tags);
        SetCacheControl(policy);
        if (generation is not null && tags.Count <= _cache.Options.MaxTagsPerEntry)
        {
            var bytes = Serialize(clientData);
            if (bytes.Length <= _cache.Options.MaxEntryBytes)
            {
                await _cache.TryStoreAsync(key, bytes, policy.MaxAge, tags, generation, cancellationToken).ConfigureAwait(false);
            }
        }

        return new OperationResult(clientData, result.Errors, result.Extensions);
    }

    private async Task<IExecutionResult> UncachedAsync(OperationRequest request, CancellationToken cancellationToken)
    {
        var result = await _inner.ExecuteAsync(request, cancellationToken).ConfigureAwait(false);
        SetCacheControl(null);
        return result;
    }

    /// <summary>The policy of the request's operation, memoized per document text and operation name; null when the request has no document text.</summary>
    private AnalyzedOperation? Analyze(OperationRequest request)
    {
        var text = request.Document ?? (request.DocumentNode is { } node ? SyntaxPrinter.Print(node) : null);
        if (text is null)
        {
            return null;
        }

        var memo = text + "\n#" + request.OperationName;
        if (_operations.TryGetValue(memo, out var known))
        {
            return known;
        }

        AnalyzedOperation analyzed;
        try
        {
            var document = request.DocumentNode ?? Parser.Parse(text);
            var normalized = SyntaxPrinter.Print(document);
            var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(normalized)));
            analyzed = new AnalyzedOperation(CachePolicyAnalyzer.Analyze(_hints, document, request.OperationName), hash);
        }
        catch (GraphQLSyntaxException)
        {
            analyzed = new AnalyzedOperation(CachePolicy.NotCacheable("a syntax error"), "");
        }

        if (_operations.Count >= _cache.Options.PolicyCacheSize)
        {
            _operations.Clear(); // a full memo starts over (documents come and go)
        }

        _operations[memo] = analyzed;
        return analyzed;
    }

    /// <summary>Who may share the entry: the user for PRIVATE (null when anonymous), else everybody with the same roles.</summary>
    private static string? Audience(CachePolicy policy, ClaimsPrincipal? user)
    {
        var identity = user?.Identity as ClaimsIdentity;
        var authenticated = identity?.IsAuthenticated == true;
        if (policy.IsPrivate)
        {
            var sub = authenticated ? user!.FindFirst("sub")?.Value ?? user.FindFirst(ClaimTypes.NameIdentifier)?.Value : null;
            return sub is null ? null : "user:" + sub;
        }

        if (!authenticated)
        {
            return "roles:";
        }

        var roles = user!.FindAll(identity!.RoleClaimType).Select(c => c.Value).Order(StringComparer.Ordinal);
        return "roles:" + string.Join(',', roles);
    }

    /// <summary>Sets <c>Cache-Control</c> unless the response has started; two different values in one HTTP request (a batch) make it no-store.</summary>
    private void SetCacheControl(CachePolicy? policy)
    {
        if (_http.HttpContext?.Response is not { HasStarted: false } response)
        {
            return;
        }

        var value = policy?.HeaderValue ?? CachePolicy.NoStore;
        var existing = response.Headers.CacheControl.ToString();
        response.Headers.CacheControl = existing.Length == 0 || existing == value ? value : CachePolicy.NoStore;
    }

    private static byte[] Serialize(ResultMap data)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            Graph.Execution.Json.ResultJsonWriter.WriteValue(writer, data);
        }

        return buffer.WrittenSpan.ToArray();
    }

    private static OperationResult FromEntry(CachedResponse entry)
    {
        using var document = JsonDocument.Parse(entry.Data);
        var root = document.RootElement;
        var data = new ResultMap(root.GetPropertyCount());
        var index = 0;
        foreach (var property in root.EnumerateObject())
        {
            data.Set(index++, property.Name, property.Value.Clone());
        }

        return new OperationResult(data);
    }

    private sealed record AnalyzedOperation(CachePolicy Policy, string Hash);
}
