using System.Net.Http.Headers;
using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Text.Json.Nodes;
using Graph.Execution;
using Graph.Fusion.Execution.Execution;
using Graph.Fusion.Execution.Planning;
using Graph.ServerSentEvents;

namespace Graph.Fusion.Execution.Subscriptions;

/// <summary>
/// Subscribes to the subgraph that owns a subscription's root field over GraphQL over SSE, distinct connections mode
/// (POST with <c>Accept: text/event-stream</c>): <see cref="ConnectAsync"/> opens the stream (a failure there is a
/// request error of the client's subscription), <see cref="ReadAsync"/> yields each <c>next</c> event's payload until
/// <c>complete</c>; disposing closes the HTTP response, which unsubscribes at the subgraph.
/// </summary>
internal sealed class SubgraphSubscription : IAsyncDisposable
{
    private readonly PlanNode _root;
    private readonly FusionExecutorOptions _options;
    private readonly HttpResponseMessage _response;

    private SubgraphSubscription(PlanNode root, FusionExecutorOptions options, HttpResponseMessage response)
    {
        _root = root;
        _options = options;
        _response = response;
    }

    public static async Task<SubgraphSubscription> ConnectAsync(
        FusionSchema schema, FusionExecutorOptions options, Func<string, HttpClient> clients, PlanNode root, JsonObject variables,
        OperationRequest clientRequest, CancellationToken cancellationToken)
    {
        var forwarded = new JsonObject();
        foreach (var name in root.ForwardedVariables)
        {
            if (variables.TryGetPropertyValue(name, out var value))
            {
                forwarded[name] = value?.DeepClone();
            }
        }

        var body = new JsonObject { ["query"] = root.Document, ["variables"] = forwarded };
        using var request = new HttpRequestMessage(HttpMethod.Post, schema.SubgraphUrls[root.Schema])
        {
            Content = new StringContent(body.ToJsonString(), System.Text.Encoding.UTF8, "application/json"),
        };
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/event-stream"));
        if (options.OnSubgraphRequest is { } hook)
        {
            await hook(clientRequest, request).ConfigureAwait(false);
        }

        HttpResponseMessage response;
        using (var connect = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken))
        {
            connect.CancelAfter(options.TimeoutFor(root.Schema));
            try
            {
                response = await clients(root.Schema).SendAsync(request, HttpCompletionOption.ResponseHeadersRead, connect.Token).ConfigureAwait(false);
            }
            catch (HttpRequestException)
            {
                throw RequestError($"The subgraph '{root.Schema}' could not be reached to subscribe.", FusionErrorCodes.SubgraphUnavailable);
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                throw RequestError($"The subgraph '{root.Schema}' did not accept the subscription in time.", FusionErrorCodes.SubgraphTimeout);
            }
        }

        if (!response.IsSuccessStatusCode || response.Content.Headers.ContentType?.MediaType != "text/event-stream")
        {
            var status = (int)response.StatusCode;
            response.Dispose();
            throw RequestError($"The subgraph '{root.Schema}' refused the subscription ({status}).",
                status >= 500 ? FusionErrorCodes.SubgraphUnavailable : FusionErrorCodes.SubgraphBadResponse);
        }

        return new SubgraphSubscription(root, options, response);
    }

    public async IAsyncEnumerable<SubgraphResponse> ReadAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await using var stream = await _response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        var events = new ServerSentEventReader(stream, _options.MaxSubgraphResponseBytes, static max => new InvalidDataException($"A server-sent event is larger than {max} bytes."));
        while (await events.ReadAsync(cancellationToken).ConfigureAwait(false) is { } next)
        {
            if (next.Event == "complete")
            {
                yield break;
            }

            if (next.Event != "next")
            {
                continue;
            }

            JsonElement payload;
            try
            {
                payload = JsonElement.Parse(next.Data);
                if (payload.ValueKind != JsonValueKind.Object)
                {
                    throw new JsonException("The event is not a JSON object.");
                }
            }
            catch (JsonException)
            {
                throw new GraphQLException($"The subgraph '{_root.Schema}' sent an event that is not a GraphQL response.", FusionErrorCodes.SubgraphBadResponse);
            }

            yield return new SubgraphResponse(0, SubgraphClient.DataOf(payload), SubgraphClient.NodeOf(payload, "errors") as JsonArray);
        }
    }

    public ValueTask DisposeAsync()
    {
        _response.Dispose();
        return ValueTask.CompletedTask;
    }

    private static GraphQLRequestException RequestError(string message, string code) => new([GraphQLError.WithCode(message, code)]);
}
