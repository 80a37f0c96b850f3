using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Headers;
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
    private readonly ConcurrentDictionary<string, ResiliencePipeline> _pipelines = new(StringComparer.Ordinal);
    private readonly ResiliencePipeline _retry;
    private readonly InflightRequests _inflight = new();

    public SubgraphClient(FusionExecutorOptions options, Func<string, HttpClient> clients)
    {
        _options = options;
        _clients = clients;
        _retry = options.MaxRetries <= 0
            ? ResiliencePipeline.Empty
            : new ResiliencePipelineBuilder().AddRetry(new RetryStrategyOptions
            {
                MaxRetryAttempts = options.MaxRetries,
                Delay = options.RetryDelay,
                BackoffType = DelayBackoffType.Exponential,
                ShouldHandle = new PredicateBuilder().Handle<SubgraphException>(e => e.InnerException is TransientFailure),
            }).Build();
    }

    /// <summary>Runs the document with one variable set (<paramref name="batch"/> false) or a batch of them.</summary>
    public async Task<IReadOnlyList<SubgraphResponse>> ExecuteAsync(
        string schema, Uri url, string document, IReadOnlyList<JsonObject> variableSets, bool batch, bool idempotent,
        OperationRequest clientRequest, CancellationToken cancellationToken)
    {
        var body = BuildBody(document, variableSets, batch);
        var pipeline = _pipelines.GetOrAdd(schema, CreatePipeline);
        async ValueTask<IReadOnlyList<SubgraphResponse>> Attempt(CancellationToken token) =>
            await pipeline.ExecuteAsync(async t => await SendAsync(schema, url, body, batch, idempotent, clientRequest, t).ConfigureAwait(false), token).ConfigureAwait(false);

        try
        {
            return idempotent
                ? await _retry.ExecuteAsync(Attempt, cancellationToken).ConfigureAwait(false)
                : await Attempt(cancellationToken).ConfigureAwait(false);
        }
        catch (TimeoutRejectedException timeout)
        {
            throw new SubgraphException(schema, FusionErrorCodes.SubgraphTimeout, $"The subgraph '{schema}' did not answer within {_options.TimeoutFor(schema).TotalMilliseconds} ms.", timeout);
        }
        catch (BrokenCircuitException broken)
        {
            throw new SubgraphException(schema, FusionErrorCodes.SubgraphUnavailable, $"The subgraph '{schema}' is unavailable (circuit open).", broken);
        }
    }

    private ResiliencePipeline CreatePipeline(string schema) =>
        new ResiliencePipelineBuilder()
            .AddCircuitBreaker(new CircuitBreakerStrategyOptions
            {
                FailureRatio = _options.CircuitBreakerFailureRatio,
                MinimumThroughput = Math.Max(2, _options.CircuitBreakerMinimumThroughput),
                SamplingDuration = _options.CircuitBreakerSamplingDuration,
                BreakDuration = _options.CircuitBreakerBreakDuration,
                ShouldHandle = new PredicateBuilder().Handle<SubgraphException>(e => e.Code != FusionErrorCodes.SubgraphBadResponse).Handle<TimeoutRejectedException>(),
            })
            .AddTimeout(_options.TimeoutFor(schema))
            .Build();

    private static byte[] BuildBody(string document, IReadOnlyList<JsonObject> variableSets, bool batch)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteString("query", document);
            writer.WritePropertyName("variables");
            if (batch)
            {
                writer.WriteStartArray();
                foreach (var set in variableSets)
                {
                    set.WriteTo(writer);
                }

                writer.WriteEndArray();
            }
            else if (variableSets.Count > 0)
            {
                variableSets[0].WriteTo(writer);
            }
            else
            {
                writer.WriteStartObject();
                writer.WriteEndObject();
            }

            writer.WriteEndObject();
        }

        return buffer.ToArray();
    }

    private async Task<IReadOnlyList<SubgraphResponse>> SendAsync(
        string schema, Uri url, byte[] body, bool batch, bool idempotent, OperationRequest clientRequest, CancellationToken cancellationToken)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
        request.Headers.Accept.ParseAdd(batch ? JsonLines : GraphQLResponse + ", application/json;q=0.9");
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
            ? await _inflight.SendAsync(schema, request, body, (r, token) => SendOwnedAsync(schema, r, token), cancellationToken).ConfigureAwait(false)
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

    // Each caller parses for itself: the nodes are merged into its own result and must not be shared.
    private static IReadOnlyList<SubgraphResponse> Parse(string schema, SubgraphAnswer answer, bool batch)
    {
        try
        {
            if (batch && answer.MediaType == JsonLines)
            {
                return ParseLines(answer.Body);
            }

            var single = JsonNode.Parse(answer.Body) as JsonObject
                ?? throw new JsonException("The response is not a JSON object.");
            if (!single.ContainsKey("data") && !single.ContainsKey("errors"))
            {
                throw new JsonException("The response has neither data nor errors.");
            }

            if (batch)
            {
                // A request error for the whole batch (e.g. HTTP_BATCH_NOT_ACCEPTED): it applies to every variable set.
                throw new SubgraphException(schema, FusionErrorCodes.SubgraphBadResponse,
                    $"The subgraph '{schema}' refused the variable batch ({(int)answer.Status}): {single["errors"]?[0]?["message"]}");
            }

            if ((int)answer.Status >= 500)
            {
                throw new SubgraphException(schema, FusionErrorCodes.SubgraphUnavailable, $"The subgraph '{schema}' answered {(int)answer.Status}.");
            }

            return [new SubgraphResponse(0, single["data"], single["errors"] as JsonArray)];
        }
        catch (JsonException bad)
        {
            throw new SubgraphException(schema, (int)answer.Status >= 500 ? FusionErrorCodes.SubgraphUnavailable : FusionErrorCodes.SubgraphBadResponse,
                $"The subgraph '{schema}' answered {(int)answer.Status} with a body that is not a GraphQL response.", bad);
        }
    }

    private static List<SubgraphResponse> ParseLines(byte[] bytes)
    {
        var responses = new List<SubgraphResponse>();
        foreach (var line in Encoding.UTF8.GetString(bytes).Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var item = JsonNode.Parse(line) as JsonObject ?? throw new JsonException("A line is not a JSON object.");
            var index = item["variableIndex"]?.GetValue<int>() ?? throw new JsonException("A line has no variableIndex.");
            responses.Add(new SubgraphResponse(index, item["data"], item["errors"] as JsonArray));
        }

        return responses;
    }

    private async Task<byte[]> ReadLimitedAsync(string schema, HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var limit = _options.MaxSubgraphResponseBytes;
        if (response.Content.Headers.ContentLength > limit)
        {
            throw new SubgraphException(schema, FusionErrorCodes.SubgraphBadResponse, $"The subgraph '{schema}' answered more than {limit} bytes.");
        }

        await using var stream = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await stream.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
        {
            if (buffer.Length + read > limit)
            {
                throw new SubgraphException(schema, FusionErrorCodes.SubgraphBadResponse, $"The subgraph '{schema}' answered more than {limit} bytes.");
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }

    /// <summary>Marks a failure worth retrying (the request may not have reached the subgraph, or it was overloaded).</summary>
    internal sealed class TransientFailure(Exception? inner) : Exception("A transient subgraph failure.", inner);
}
