using System.Net.Http.Headers;
using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Text.Json.Nodes;
using Graph.Execution;
using Graph.Fusion.Execution.Execution;
using Graph.Fusion.Execution.Planning;

namespace Graph.Fusion.Execution.Subscriptions;

/// <summary>
/// Subscribes to the subgraph that owns a subscription's root field over GraphQL over SSE, distinct connections mode
/// (POST with <c>Accept: text/event-stream</c>): each <c>next</c> event's payload is yielded, <c>complete</c> ends the
/// stream; cancelling the enumeration closes the HTTP response, which unsubscribes at the subgraph.
/// </summary>
internal sealed class SubgraphSubscription(FusionSchema schema, FusionExecutorOptions options, Func<string, HttpClient> clients)
{
    public async IAsyncEnumerable<SubgraphResponse> SubscribeAsync(PlanNode root, JsonObject variables, OperationRequest clientRequest, [EnumeratorCancellation] CancellationToken cancellationToken)
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
        try
        {
            using var connect = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            connect.CancelAfter(options.TimeoutFor(root.Schema));
            response = await clients(root.Schema).SendAsync(request, HttpCompletionOption.ResponseHeadersRead, connect.Token).ConfigureAwait(false);
        }
        catch (Exception failure) when (failure is HttpRequestException or OperationCanceledException && !cancellationToken.IsCancellationRequested)
        {
            throw new GraphQLException($"The subgraph '{root.Schema}' could not be subscribed to.", FusionErrorCodes.SubgraphUnavailable);
        }

        using (response)
        {
            if (!response.IsSuccessStatusCode || response.Content.Headers.ContentType?.MediaType != "text/event-stream")
            {
                throw new GraphQLException($"The subgraph '{root.Schema}' refused the subscription ({(int)response.StatusCode}).", FusionErrorCodes.SubgraphBadResponse);
            }

            await using var stream = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
            await foreach (var (name, data) in SseEventReader.ReadAsync(stream, options.MaxSubgraphResponseBytes, cancellationToken).ConfigureAwait(false))
            {
                if (name == "complete")
                {
                    yield break;
                }

                if (name != "next")
                {
                    continue;
                }

                JsonObject payload;
                try
                {
                    payload = JsonNode.Parse(data) as JsonObject ?? throw new JsonException("not an object");
                }
                catch (JsonException)
                {
                    throw new GraphQLException($"The subgraph '{root.Schema}' sent an event that is not a GraphQL response.", FusionErrorCodes.SubgraphBadResponse);
                }

                yield return new SubgraphResponse(0, payload["data"], payload["errors"] as JsonArray);
            }
        }
    }
}
