using System.Text.Json;
using Graph.AspNetCore.Http;
using Graph.Execution;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Graph.AspNetCore.Subscriptions;

/// <summary>
/// graphql-sse transport of MapGraphQL (graphql-sse PROTOCOL.md). It answers, at the GraphQL path:
/// GET and POST asking for <c>text/event-stream</c> ("Distinct connections mode": one operation
/// per request, or the event stream of a reservation), and, in "Single connection mode", PUT
/// (reservations), requests carrying a reservation token (operations, answered 202) and DELETE
/// (stopping an operation). Every other request is passed on.
/// </summary>
public sealed class GraphQLSseMiddleware(RequestDelegate next, PathString path)
{
    // Reservations belong to this endpoint (PROTOCOL.md "Making reservations").
    private readonly SseReservations _reservations = new();

    public PathString Path { get; } = path;

    public async Task InvokeAsync(HttpContext context)
    {
        var request = context.Request;
        if (!IsEndpoint(request.Path))
        {
            await next(context).ConfigureAwait(false);
            return;
        }

        var options = context.RequestServices.GetRequiredService<IOptions<GraphQLServerOptions>>().Value.Subscriptions;
        var single = options.EnableSseSingleConnectionMode ? _reservations : null;
        var wantsStream = AcceptsEventStream(request);
        var token = single is null ? null : SseReservations.TokenOf(request);

        if (single is not null && (HttpMethods.IsPut(request.Method) || token is not null))
        {
            await SseSingleConnection.HandleAsync(context, single, token, wantsStream, options).ConfigureAwait(false);
            return;
        }

        if (wantsStream && (HttpMethods.IsGet(request.Method) || HttpMethods.IsPost(request.Method)))
        {
            await ServeDistinctAsync(context, options).ConfigureAwait(false);
            return;
        }

        await next(context).ConfigureAwait(false);
    }

    internal static bool AcceptsEventStream(HttpRequest request)
    {
        foreach (var accept in request.Headers.Accept)
        {
            if (accept is not null && accept.Contains("text/event-stream", StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Answers a malformed request as GraphQL over HTTP would, with a JSON error list.</summary>
    internal static async Task WriteHttpErrorAsync(HttpContext context, int status, string message, string? allow = null)
    {
        context.Response.StatusCode = status;
        if (allow is not null)
        {
            context.Response.Headers.Allow = allow;
        }

        context.Response.ContentType = "application/json; charset=utf-8";
        await context.Response.WriteAsync(
            JsonSerializer.Serialize(new { errors = new[] { new { message } } }), context.RequestAborted).ConfigureAwait(false);
    }

    internal static bool ExposeExceptionMessages(IRequestExecutor executor) =>
        executor is not RequestExecutor concrete || concrete.Options.ExposeExceptionMessages;

    // PROTOCOL.md "Distinct connections mode": the request is the operation; closing it completes it.
    private static async Task ServeDistinctAsync(HttpContext context, SubscriptionTransportOptions options)
    {
        GraphQLRequest request;
        try
        {
            request = await SseRequestReader.ReadAsync(context.Request, context.RequestAborted).ConfigureAwait(false);
        }
        catch (SseRequestException invalid)
        {
            await WriteHttpErrorAsync(context, invalid.StatusCode, invalid.Message, invalid.Allow).ConfigureAwait(false);
            return;
        }

        var executor = context.RequestServices.GetRequiredService<IRequestExecutor>();
        var stopping = context.RequestServices.GetService<IHostApplicationLifetime>()?.ApplicationStopping ?? CancellationToken.None;
        using var lifetime = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, stopping);
        await using var events = new SseEventWriter(context.Response);
        var persisted = context.RequestServices.GetRequiredService<PersistedOperationResolver>();
        await SseOperation.RunAsync(
            token => OperationRequestFactory.ExecuteAsync(executor, persisted, request, context.User, context.RequestServices, token),
            token => events.StartAsync(options.SseKeepAliveInterval, token),
            events.WriteEventAsync,
            ExposeExceptionMessages(executor),
            lifetime.Token).ConfigureAwait(false);
    }

    private bool IsEndpoint(PathString requested) =>
        requested.Equals(Path, StringComparison.OrdinalIgnoreCase) || requested.Equals(Path.Add("/"), StringComparison.OrdinalIgnoreCase);
}
