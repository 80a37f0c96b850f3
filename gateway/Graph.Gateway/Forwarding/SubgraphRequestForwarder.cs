using System.Diagnostics;
using Graph.AspNetCore.Http;
using Graph.Execution;
using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace Graph.Gateway.Forwarding;

/// <summary>
/// What each subgraph request carries from the client's request (the engine calls this through
/// <c>FusionExecutorOptions.OnSubgraphRequest</c>): the caller's <c>Authorization</c> (each subgraph validates the token
/// itself and enforces its own field rules; ServiceDefaults "Identity"), <c>accept-language</c>, and the trace context.
/// Nothing else passes: cookies, hosts and the client's other headers stay at the edge.
/// </summary>
public sealed class SubgraphRequestForwarder(IHttpContextAccessor accessor)
{
    /// <summary>
    /// The <c>HttpContext.Items</c> key under which a WebSocket connection's token is kept: graphql-transport-ws sends
    /// it in <c>connection_init</c>, not in a header (see <see cref="GatewayWebSocketInterceptor"/>).
    /// </summary>
    public const string AccessTokenItem = "Graph.Gateway.AccessToken";

    public ValueTask ApplyAsync(OperationRequest request, HttpRequestMessage message)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(message);
        var context = request.ContextData is { } data && data.TryGetValue(GraphQLHttpContextData.HttpContext, out var value) && value is HttpContext http
            ? http
            : accessor.HttpContext;
        if (context is not null)
        {
            var authorization = context.Items.TryGetValue(AccessTokenItem, out var token) && token is string bearer
                ? "Bearer " + bearer
                : context.Request.Headers.Authorization.ToString();
            if (!string.IsNullOrEmpty(authorization))
            {
                message.Headers.Remove(HeaderNames.Authorization);
                message.Headers.TryAddWithoutValidation(HeaderNames.Authorization, authorization);
            }

            var language = context.Request.Headers.AcceptLanguage.ToString();
            if (!string.IsNullOrEmpty(language))
            {
                message.Headers.Remove(HeaderNames.AcceptLanguage);
                message.Headers.TryAddWithoutValidation(HeaderNames.AcceptLanguage, language);
            }
        }

        ApplyTraceContext(context, message);
        return ValueTask.CompletedTask;
    }

    /// <summary>
    /// W3C trace context: the gateway's current span when there is one (so subgraph spans are its children; ASP.NET Core
    /// continued the client's trace in it), else the client's own headers unchanged.
    /// </summary>
    private static void ApplyTraceContext(HttpContext? context, HttpRequestMessage message)
    {
        if (message.Headers.Contains("traceparent"))
        {
            return;
        }

        if (Activity.Current is { IdFormat: ActivityIdFormat.W3C } activity)
        {
            message.Headers.TryAddWithoutValidation("traceparent", activity.Id);
            if (!string.IsNullOrEmpty(activity.TraceStateString))
            {
                message.Headers.TryAddWithoutValidation("tracestate", activity.TraceStateString);
            }

            return;
        }

        if (context?.Request.Headers["traceparent"].ToString() is { Length: > 0 } parent)
        {
            message.Headers.TryAddWithoutValidation("traceparent", parent);
            if (context.Request.Headers["tracestate"].ToString() is { Length: > 0 } state)
            {
                message.Headers.TryAddWithoutValidation("tracestate", state);
            }
        }
    }
}
