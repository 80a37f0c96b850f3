using Microsoft.Extensions.Options;

namespace Graph.WebHost;

/// <summary>
/// Forwards a <c>/graphql</c> request to the gateway as it came (method, query string, end-to-end headers, body) and
/// streams the answer back as it arrives, flushing each chunk, so graphql-sse event streams reach the browser live.
/// </summary>
public sealed class GatewayProxy(HttpClient client, IOptions<WebHostOptions> options, ILogger<GatewayProxy> logger)
{
    // Hop-by-hop headers (RFC 9110, section 7.6.1) and those the two connections set themselves.
    private static readonly HashSet<string> NotForwarded = new(StringComparer.OrdinalIgnoreCase)
    {
        "Connection", "Keep-Alive", "Proxy-Connection", "TE", "Trailer", "Transfer-Encoding", "Upgrade", "Host", "Content-Length",
        "X-Forwarded-For",
    };

    public async Task ForwardAsync(HttpContext context)
    {
        var incoming = context.Request;
        var target = new Uri(options.Value.Gateway, "graphql" + incoming.QueryString.Value);
        using var request = new HttpRequestMessage(new HttpMethod(incoming.Method), target);
        if (incoming.ContentLength > 0 || incoming.Headers.TransferEncoding.Count > 0)
        {
            request.Content = new StreamContent(incoming.Body);
        }

        foreach (var (name, values) in incoming.Headers)
        {
            if (NotForwarded.Contains(name))
            {
                continue;
            }

            if (!request.Headers.TryAddWithoutValidation(name, values.ToArray()))
            {
                request.Content?.Headers.TryAddWithoutValidation(name, values.ToArray());
            }
        }

        // The gateway counts anonymous callers by address: this host (a trusted proxy there) names the browser as the
        // last hop, after whatever the browser or proxies before it claimed, which the gateway does not believe.
        var forwardedFor = incoming.Headers["X-Forwarded-For"].Append(context.Connection.RemoteIpAddress?.ToString()).OfType<string>();
        request.Headers.TryAddWithoutValidation("X-Forwarded-For", string.Join(", ", forwardedFor));

        HttpResponseMessage response;
        try
        {
            response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, context.RequestAborted);
        }
        catch (HttpRequestException error)
        {
            logger.LogWarning("The gateway at {Gateway} did not answer: {Reason}", options.Value.Gateway, error.Message);
            context.Response.StatusCode = StatusCodes.Status502BadGateway;
            context.Response.ContentType = "application/json";
            await context.Response.WriteAsync("""{"errors":[{"message":"The gateway is not reachable.","extensions":{"code":"GATEWAY_UNREACHABLE"}}]}""");
            return;
        }

        using (response)
        {
            context.Response.StatusCode = (int)response.StatusCode;
            foreach (var (name, values) in response.Headers.Concat(response.Content.Headers))
            {
                if (!NotForwarded.Contains(name))
                {
                    context.Response.Headers[name] = values.ToArray();
                }
            }

            await using var body = await response.Content.ReadAsStreamAsync(context.RequestAborted);
            var buffer = new byte[16 * 1024];
            try
            {
                int read;
                while ((read = await body.ReadAsync(buffer, context.RequestAborted)) > 0)
                {
                    await context.Response.Body.WriteAsync(buffer.AsMemory(0, read), context.RequestAborted);
                    await context.Response.Body.FlushAsync(context.RequestAborted);
                }
            }
            catch (OperationCanceledException) when (context.RequestAborted.IsCancellationRequested)
            {
                // The browser left (a page change ends its event stream): nothing more to send.
            }
        }
    }
}
