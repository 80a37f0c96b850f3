using System.Collections.Concurrent;
using System.Net;
using System.Buffers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Graph.Execution;
using Polly;
using Polly.CircuitBreaker;
using Polly.Retry;
using Polly.Timeout;

namespace Graph.Fusion.Execution.Execution;

/// <summary>
/// Sends subgraph requests (GraphQL over HTTP POST, <c>application/graphql-response+json</c>; variable batches with
/// <c>application/jsonl</c>, docs/fusion.md) through a Polly pipeline per subgraph: a timeout per attempt, a circuit
/// breaker, and retries of queries on transient failures. Failures become <see cref="SubgraphException"/>s. Identical
/// queries in flight at the same moment share one request (<see cref="InflightRequests"/>).
/// </summary>
internal sealed class SubgraphClient
{
    private const string GraphQLResponse = "application/graphql-response+json";
    private const string JsonLines = "application/jsonl";

    private readonly FusionExecutorOptions _options;
    private readonly Func<string, HttpClient> _clients;
    private readonly ConcurrentDictionary<string, ResiliencePipeline<IReadOnlyList<SubgraphResponse>>> _pipelines = new(StringComparer.Ordinal);
    private readonly InflightRequests _inflight = new();
    private readonly Func<string, ResiliencePipeline<IReadOnlyList<SubgraphResponse>>> _createPipeline; // one delegate, not one per fetch
    private readonly Func<string, HttpRequestMessage, CancellationToken, Task<SubgraphAnswer>> _sendOwned; // the same

    /// <summary>Set on the context of a fetch that must not be retried (a mutation): the retry strategy lets its failure through.</summary>
    private static readonly ResiliencePropertyKey<bool> NotIdempotent = new("Graph.Fusion.NotIdempotent");

    public SubgraphClient(FusionExecutorOptions options, Func<string, HttpClient> clients)
    {
        _options = options;
        _clients = clients;
        _createPipeline = CreatePipeline;
        _sendOwned = SendOwnedAsync;
    }

    /// <summary>Runs the document with one variable set (<paramref name="batch"/> false) or a batch of them (each as JSON).</summary>
    public Task<IReadOnlyList<SubgraphResponse>> ExecuteAsync(
        string schema, Uri url, string document, IReadOnlyList<byte[]> variableSets, bool batch, bool idempotent,
        OperationRequest clientRequest, CancellationToken cancellationToken) =>
        SendBodyAsync(schema, url, BuildBody(document, variableSets, batch), batch, idempotent, clientRequest, cancellationToken);

    /// <summary>Sends a request body built by <see cref="BuildBody"/> (a fetch without variables reuses its body).</summary>
    public async Task<IReadOnlyList<SubgraphResponse>> SendBodyAsync(
        string schema, Uri url, byte[] body, bool batch, bool idempotent, OperationRequest clientRequest, CancellationToken cancellationToken)
    {
        var pipeline = _pipelines.GetOrAdd(schema, _createPipeline);
        var context = ResilienceContextPool.Shared.Get(cancellationToken);
        if (!idempotent)
        {
            context.Properties.Set(NotIdempotent, true);
        }

        Outcome<IReadOnlyList<SubgraphResponse>> outcome;
        try
        {
            // The attempt reports its failure as an outcome (no exception thrown through every strategy); each strategy
            // is typed to the result, so none converts outcomes or wraps the callback in another state machine.
            outcome = await pipeline.ExecuteOutcomeAsync(
                static (context, attempt) => attempt.Client.AttemptAsync(attempt, context.CancellationToken),
                context,
                new Attempt(this, schema, url, body, batch, idempotent, clientRequest)).ConfigureAwait(false);
        }
        finally
        {
            ResilienceContextPool.Shared.Return(context);
        }

        switch (outcome.Exception)
        {
            case null:
                return outcome.Result!;
            case TimeoutRejectedException timeout:
                throw new SubgraphException(schema, FusionErrorCodes.SubgraphTimeout, $"The subgraph '{schema}' did not answer within {_options.TimeoutFor(schema).TotalMilliseconds} ms.", timeout);
            case BrokenCircuitException broken:
                throw new SubgraphException(schema, FusionErrorCodes.SubgraphUnavailable, $"The subgraph '{schema}' is unavailable (circuit open).", broken);
            default:
                outcome.ThrowIfException(); // as it was thrown (its stack trace kept)
                throw outcome.Exception;
        }
    }

    private readonly record struct Attempt(SubgraphClient Client, string Schema, Uri Url, byte[] Body, bool Batch, bool Idempotent, OperationRequest ClientRequest);

    /// <summary>One attempt of a fetch: its answer, or the exception it failed with, as Polly's outcome.</summary>
    private async ValueTask<Outcome<IReadOnlyList<SubgraphResponse>>> AttemptAsync(Attempt attempt, CancellationToken cancellationToken)
    {
        try
        {
            return Outcome.FromResult(await SendAsync(attempt.Schema, attempt.Url, attempt.Body, attempt.Batch, attempt.Idempotent, attempt.ClientRequest, cancellationToken).ConfigureAwait(false));
        }
        catch (Exception failure)
        {
            return Outcome.FromException<IReadOnlyList<SubgraphResponse>>(failure);
        }
    }

    /// <summary>
    /// A schema's pipeline, built once: queries retry transient failures (not mutations: <see cref="NotIdempotent"/>)
    /// around the circuit breaker, which every fetch of the schema shares, around the timeout of each attempt.
    /// </summary>
    private ResiliencePipeline<IReadOnlyList<SubgraphResponse>> CreatePipeline(string schema)
    {
        var builder = new ResiliencePipelineBuilder<IReadOnlyList<SubgraphResponse>>();
        if (_options.MaxRetries > 0)
        {
            builder.AddRetry(new RetryStrategyOptions<IReadOnlyList<SubgraphResponse>>
            {
                MaxRetryAttempts = _options.MaxRetries,
                Delay = _options.RetryDelay,
                BackoffType = DelayBackoffType.Exponential,
                ShouldHandle = static args => new ValueTask<bool>(
                    args.Outcome.Exception is SubgraphException { InnerException: TransientFailure } && !args.Context.Properties.TryGetValue(NotIdempotent, out _)),
            });
        }

        return builder
            .AddCircuitBreaker(new CircuitBreakerStrategyOptions<IReadOnlyList<SubgraphResponse>>
            {
                FailureRatio = _options.CircuitBreakerFailureRatio,
                MinimumThroughput = Math.Max(2, _options.CircuitBreakerMinimumThroughput),
                SamplingDuration = _options.CircuitBreakerSamplingDuration,
                BreakDuration = _options.CircuitBreakerBreakDuration,
                ShouldHandle = static args => new ValueTask<bool>(args.Outcome.Exception switch
                {
                    SubgraphException failure => failure.Code != FusionErrorCodes.SubgraphBadResponse,
                    TimeoutRejectedException => true,
                    _ => false,
                }),
            })
            .AddTimeout(_options.TimeoutFor(schema))
            .Build();
    }

    internal static byte[] BuildBody(string document, IReadOnlyList<JsonObject> variableSets, bool batch) =>
        BuildBody(document, variableSets, batch, static (writer, set) => set.WriteTo(writer));

    /// <summary>The body of a fetch whose variable sets are already JSON (<see cref="VariableSetWriter"/>).</summary>
    internal static byte[] BuildBody(string document, IReadOnlyList<byte[]> variableSets, bool batch) =>
        BuildBody(document, variableSets, batch, static (writer, set) => writer.WriteRawValue(set, skipInputValidation: true));

    // The body itself is the only allocation (ThreadJsonWriter).
    private static byte[] BuildBody<TSet>(string document, IReadOnlyList<TSet> variableSets, bool batch, Action<Utf8JsonWriter, TSet> write) =>
        ThreadJsonWriter.Write((document, variableSets, batch, write), static (writer, body) => WriteBody(writer, body.document, body.variableSets, body.batch, body.write));

    private static void WriteBody<TSet>(Utf8JsonWriter writer, string document, IReadOnlyList<TSet> variableSets, bool batch, Action<Utf8JsonWriter, TSet> write)
    {
        writer.WriteStartObject();
        writer.WriteString("query", document);
        writer.WritePropertyName("variables");
        if (batch)
        {
            writer.WriteStartArray();
            foreach (var set in variableSets)
            {
                write(writer, set);
            }

            writer.WriteEndArray();
        }
        else if (variableSets.Count > 0)
        {
            write(writer, variableSets[0]);
        }
        else
        {
            writer.WriteStartObject();
            writer.WriteEndObject();
        }

        writer.WriteEndObject();
    }

    private async Task<IReadOnlyList<SubgraphResponse>> SendAsync(
        string schema, Uri url, byte[] body, bool batch, bool idempotent, OperationRequest clientRequest, CancellationToken cancellationToken)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = new ByteArrayContent(body) };
        // Constant values written as the typed headers would format them, without parsing them for every request.
        request.Content.Headers.TryAddWithoutValidation("Content-Type", "application/json; charset=utf-8");
        request.Headers.TryAddWithoutValidation("Accept", batch ? JsonLines : GraphQLResponse + ", application/json; q=0.9");
        if (url.Scheme == Uri.UriSchemeHttps)
        {
            request.Version = HttpVersion.Version20;
            request.VersionPolicy = HttpVersionPolicy.RequestVersionOrLower;
        }

        if (_options.OnSubgraphRequest is { } hook)
        {
            await hook(clientRequest, request).ConfigureAwait(false);
        }

        // The key is taken after the hook: the forwarded identity and language are part of what makes two fetches equal.
        var answer = idempotent && _options.DeduplicateInflightQueries
            ? await _inflight.SendAsync(schema, request, body, _sendOwned, cancellationToken).ConfigureAwait(false)
            : await SendOwnedAsync(schema, request, cancellationToken).ConfigureAwait(false);
        return Parse(schema, answer, batch);
    }

    /// <summary>Sends <paramref name="request"/> and reads the whole answer; disposes the request.</summary>
    private async Task<SubgraphAnswer> SendOwnedAsync(string schema, HttpRequestMessage request, CancellationToken cancellationToken)
    {
        using (request)
        {
            HttpResponseMessage response;
            try
            {
                response = await _clients(schema).SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
            }
            catch (HttpRequestException failure)
            {
                throw new SubgraphException(schema, FusionErrorCodes.SubgraphUnavailable, $"The subgraph '{schema}' could not be reached.", new TransientFailure(failure));
            }

            using (response)
            {
                if (response.StatusCode is HttpStatusCode.BadGateway or HttpStatusCode.ServiceUnavailable or HttpStatusCode.GatewayTimeout)
                {
                    throw new SubgraphException(schema, FusionErrorCodes.SubgraphUnavailable, $"The subgraph '{schema}' answered {(int)response.StatusCode}.", new TransientFailure(null));
                }

                var bytes = await ReadLimitedAsync(schema, response, cancellationToken).ConfigureAwait(false);
                return new SubgraphAnswer(response.StatusCode, response.Content.Headers.ContentType?.MediaType, bytes);
            }
        }
    }

    // The answer is parsed once: its read-only elements are shared by every caller (and every entity they merge into).
    private static IReadOnlyList<SubgraphResponse> Parse(string schema, SubgraphAnswer answer, bool batch)
    {
        try
        {
            if (batch && answer.MediaType == JsonLines)
            {
                var lines = answer.ParsedAs(ParseLines);
                var responses = new List<SubgraphResponse>(lines.Length);
                foreach (var (index, item) in lines)
                {
                    responses.Add(new SubgraphResponse(index, DataOf(item), NodeOf(item, "errors"u8) as JsonArray));
                }

                return responses;
            }

            var single = answer.ParsedAs(body => new ParsedElement(JsonElement.Parse(body))).Element;
            if (single.ValueKind != JsonValueKind.Object)
            {
                throw new JsonException("The response is not a JSON object.");
            }

            if (!single.TryGetProperty("data"u8, out _) && !single.TryGetProperty("errors"u8, out _))
            {
                throw new JsonException("The response has neither data nor errors.");
            }

            if (batch)
            {
                // A request error for the whole batch (e.g. HTTP_BATCH_NOT_ACCEPTED): it applies to every variable set.
                throw new SubgraphException(schema, FusionErrorCodes.SubgraphBadResponse,
                    $"The subgraph '{schema}' refused the variable batch ({(int)answer.Status}): {(NodeOf(single, "errors") as JsonArray)?[0]?["message"]}");
            }

            if ((int)answer.Status >= 500)
            {
                throw new SubgraphException(schema, FusionErrorCodes.SubgraphUnavailable, $"The subgraph '{schema}' answered {(int)answer.Status}.");
            }

            return [new SubgraphResponse(0, DataOf(single), NodeOf(single, "errors"u8) as JsonArray)];
        }
        catch (JsonException bad)
        {
            throw new SubgraphException(schema, (int)answer.Status >= 500 ? FusionErrorCodes.SubgraphUnavailable : FusionErrorCodes.SubgraphBadResponse,
                $"The subgraph '{schema}' answered {(int)answer.Status} with a body that is not a GraphQL response.", bad);
        }
    }

    /// <summary>The (shared, read-only) <c>data</c> of an answer; the default element when it has none.</summary>
    internal static JsonElement DataOf(JsonElement answer) => answer.TryGetProperty("data"u8, out var data) ? data : default;

    /// <summary>A new node over the (shared, read-only) property of an object; as <c>JsonNode.Parse</c> builds them.</summary>
    internal static JsonNode? NodeOf(JsonElement parent, string property) =>
        parent.TryGetProperty(property, out var value) ? NodeOf(value) : null;

    /// <summary>As <see cref="NodeOf(JsonElement, string)"/>, by the property's UTF-8 name.</summary>
    internal static JsonNode? NodeOf(JsonElement parent, ReadOnlySpan<byte> property) =>
        parent.TryGetProperty(property, out var value) ? NodeOf(value) : null;

    private static JsonNode? NodeOf(JsonElement value)
    {

        return value.ValueKind switch
        {
            JsonValueKind.Object => JsonObject.Create(value),
            JsonValueKind.Array => JsonArray.Create(value),
            JsonValueKind.Null or JsonValueKind.Undefined => null,
            _ => JsonValue.Create(value),
        };
    }

    /// <summary>
    /// A <c>application/jsonl</c> answer: one object per non-blank line, each with its <c>variableIndex</c>. The lines
    /// are parsed as the items of one JSON list (one document, not one per line); a line that is not exactly one value
    /// changes the count and is rejected.
    /// </summary>
    private static (int Index, JsonElement Item)[] ParseLines(byte[] bytes)
    {
        var list = new byte[bytes.Length + 2];
        var length = 0;
        var lines = 0;
        list[length++] = (byte)'[';
        var rest = bytes.AsSpan();
        while (!rest.IsEmpty)
        {
            var end = rest.IndexOf((byte)'\n');
            var line = TrimWhiteSpace(end < 0 ? rest : rest[..end]);
            rest = end < 0 ? [] : rest[(end + 1)..];
            if (line.IsEmpty)
            {
                continue;
            }

            if (lines++ > 0)
            {
                list[length++] = (byte)','; // in place of the line break (or the white space) before this line
            }

            line.CopyTo(list.AsSpan(length));
            length += line.Length;
        }

        list[length++] = (byte)']';
        var items = JsonElement.Parse(list.AsSpan(0, length));
        if (items.GetArrayLength() != lines)
        {
            throw new JsonException("A line is not one JSON value.");
        }

        var answers = new (int, JsonElement)[lines];
        var i = 0;
        foreach (var item in items.EnumerateArray())
        {
            if (item.ValueKind != JsonValueKind.Object)
            {
                throw new JsonException("A line is not a JSON object.");
            }

            if (!item.TryGetProperty("variableIndex"u8, out var index) || index.ValueKind == JsonValueKind.Null)
            {
                throw new JsonException("A line has no variableIndex.");
            }

            answers[i++] = (index.ValueKind == JsonValueKind.Number && index.TryGetInt32(out var value)
                ? value
                : throw new InvalidOperationException("A line's variableIndex is not an integer."), item);
        }

        return answers;
    }

    /// <summary>The line without leading and trailing white space (as <c>string.Trim</c> decides it).</summary>
    private static ReadOnlySpan<byte> TrimWhiteSpace(ReadOnlySpan<byte> line)
    {
        while (!line.IsEmpty && Rune.DecodeFromUtf8(line, out var first, out var length) == OperationStatus.Done && Rune.IsWhiteSpace(first))
        {
            line = line[length..];
        }

        while (!line.IsEmpty && Rune.DecodeLastFromUtf8(line, out var last, out var length) == OperationStatus.Done && Rune.IsWhiteSpace(last))
        {
            line = line[..^length];
        }

        return line;
    }

    /// <summary>A parsed single answer (a class, so that it can be kept on the shared <see cref="SubgraphAnswer"/>).</summary>
    private sealed record ParsedElement(JsonElement Element);

    private async Task<byte[]> ReadLimitedAsync(string schema, HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var limit = _options.MaxSubgraphResponseBytes;
        var declared = response.Content.Headers.ContentLength;
        if (declared > limit)
        {
            throw new SubgraphException(schema, FusionErrorCodes.SubgraphBadResponse, $"The subgraph '{schema}' answered more than {limit} bytes.");
        }

        await using var stream = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        if (declared is { } length)
        {
            // The usual case: the length is known, so the answer is read into an array of exactly that size.
            var exact = new byte[length];
            var filled = 0;
            int read;
            while (filled < exact.Length && (read = await stream.ReadAsync(exact.AsMemory(filled), cancellationToken).ConfigureAwait(false)) > 0)
            {
                filled += read;
            }

            if (filled == exact.Length)
            {
                // Content-Length bounds what HttpClient hands out: nothing follows.
                return exact;
            }

            return exact[..filled];
        }

        using var buffer = new MemoryStream();
        var chunk = ArrayPool<byte>.Shared.Rent(16 * 1024);
        try
        {
            int read;
            while ((read = await stream.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
            {
                if (buffer.Length + read > limit)
                {
                    throw new SubgraphException(schema, FusionErrorCodes.SubgraphBadResponse, $"The subgraph '{schema}' answered more than {limit} bytes.");
                }

                buffer.Write(chunk, 0, read);
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(chunk);
        }

        return buffer.ToArray();
    }

    /// <summary>Marks a failure worth retrying (the request may not have reached the subgraph, or it was overloaded).</summary>
    internal sealed class TransientFailure(Exception? inner) : Exception("A transient subgraph failure.", inner);
}
