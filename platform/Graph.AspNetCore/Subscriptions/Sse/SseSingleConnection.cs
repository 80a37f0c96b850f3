using System.Text.Json;
using Graph.AspNetCore.Http;
using Graph.Execution;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Graph.AspNetCore.Subscriptions;

/// <summary>
/// graphql-sse "Single connection mode" (PROTOCOL.md): <c>PUT</c> makes a reservation (201 and the
/// token); a <c>text/event-stream</c> request with the token opens its one stream (409 if open);
/// a GraphQL over HTTP request with the token and <c>extensions.operationId</c> runs an operation
/// whose results go through that stream (202; request errors answered directly, 400); <c>DELETE
/// ?operationId=</c> stops one (200).
/// </summary>
internal static class SseSingleConnection
{
    public static async Task HandleAsync(
        HttpContext context, SseReservations reservations, string? token, bool wantsStream, SubscriptionTransportOptions options)
    {
        var method = context.Request.Method;
        if (HttpMethods.IsPut(method))
        {
            var created = reservations.Create(options.SseReservationTimeout);
            context.Response.StatusCode = StatusCodes.Status201Created;
            context.Response.ContentType = "text/plain; charset=utf-8";
            await context.Response.WriteAsync(created.Token, context.RequestAborted).ConfigureAwait(false);
            return;
        }

        if (token is null || !reservations.TryGet(token, out var reservation))
        {
            await GraphQLSseMiddleware.WriteHttpErrorAsync(context, StatusCodes.Status404NotFound, "Stream not found").ConfigureAwait(false);
            return;
        }

        if (HttpMethods.IsDelete(method))
        {
            await StopAsync(context, reservation).ConfigureAwait(false);
        }
        else if (!HttpMethods.IsGet(method) && !HttpMethods.IsPost(method))
        {
            context.Response.StatusCode = StatusCodes.Status405MethodNotAllowed;
            context.Response.Headers.Allow = "GET, POST, PUT, DELETE";
        }
        else if (wantsStream)
        {
            await StreamAsync(context, reservations, reservation, options).ConfigureAwait(false);
        }
        else
        {
            await ExecuteAsync(context, reservation, options).ConfigureAwait(false);
        }
    }

    // PROTOCOL.md "Stopping streaming operations".
    private static async Task StopAsync(HttpContext context, SseReservation reservation)
    {
        var operationId = context.Request.Query["operationId"].ToString();
        if (operationId.Length == 0)
        {
            await GraphQLSseMiddleware.WriteHttpErrorAsync(context, StatusCodes.Status400BadRequest, "Operation ID is missing").ConfigureAwait(false);
            return;
        }

        if (reservation.Operations.TryRemove(operationId, out var operation))
        {
            try
            {
                await operation.CancelAsync().ConfigureAwait(false);
            }
            catch (ObjectDisposedException)
            {
                // It finished meanwhile.
            }
        }

        context.Response.StatusCode = StatusCodes.Status200OK;
    }

    private static async Task StreamAsync(HttpContext context, SseReservations reservations, SseReservation reservation, SubscriptionTransportOptions options)
    {
        if (!reservation.TryOpen())
        {
            await GraphQLSseMiddleware.WriteHttpErrorAsync(context, StatusCodes.Status409Conflict, "Stream already open").ConfigureAwait(false);
            return;
        }

        var stopping = context.RequestServices.GetService<IHostApplicationLifetime>()?.ApplicationStopping ?? CancellationToken.None;
        using var lifetime = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, stopping, reservation.Lifetime);
        try
        {
            await using var events = new SseEventWriter(context.Response);
            await events.StartAsync(options.SseKeepAliveInterval, lifetime.Token).ConfigureAwait(false);
            await foreach (var formatted in reservation.Events.ReadAllAsync(lifetime.Token).ConfigureAwait(false))
            {
                await events.WriteEventAsync(formatted, lifetime.Token).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (lifetime.IsCancellationRequested)
        {
            // The client closed the stream: the reservation and its operations end with it.
        }
        finally
        {
            reservations.Remove(reservation);
        }
    }

    // PROTOCOL.md "Executing operations".
    private static async Task ExecuteAsync(HttpContext context, SseReservation reservation, SubscriptionTransportOptions options)
    {
        GraphQLRequest request;
        try
        {
            request = await SseRequestReader.ReadAsync(context.Request, context.RequestAborted).ConfigureAwait(false);
        }
        catch (SseRequestException invalid)
        {
            await GraphQLSseMiddleware.WriteHttpErrorAsync(context, invalid.StatusCode, invalid.Message, invalid.Allow).ConfigureAwait(false);
            return;
        }

        if (OperationIdOf(request) is not { } operationId)
        {
            await GraphQLSseMiddleware.WriteHttpErrorAsync(context, StatusCodes.Status400BadRequest, "Operation ID is missing").ConfigureAwait(false);
            return;
        }

        if (reservation.Operations.Count >= options.MaxSubscriptionsPerConnection)
        {
            await GraphQLSseMiddleware.WriteHttpErrorAsync(
                context, StatusCodes.Status429TooManyRequests, $"The stream already runs {options.MaxSubscriptionsPerConnection} operations, its limit.").ConfigureAwait(false);
            return;
        }

        var cancellation = CancellationTokenSource.CreateLinkedTokenSource(reservation.Lifetime);
        if (!reservation.Operations.TryAdd(operationId, cancellation))
        {
            cancellation.Dispose();
            await GraphQLSseMiddleware.WriteHttpErrorAsync(context, StatusCodes.Status409Conflict, "Operation with ID already exists").ConfigureAwait(false);
            return;
        }

        var executor = context.RequestServices.GetRequiredService<IRequestExecutor>();
        var expose = GraphQLSseMiddleware.ExposeExceptionMessages(executor);

        // The operation outlives this request, so the executor gives it a service scope of its own.
        var persisted = context.RequestServices.GetRequiredService<PersistedOperationResolver>();
        var result = await OperationRequestFactory.ExecuteAsync(executor, persisted, request, context.User, services: null, cancellation.Token).ConfigureAwait(false);
        if (ExecutionResultStream.IsRequestError(result, out var errors))
        {
            Forget(reservation, operationId, cancellation);
            context.Response.StatusCode = StatusCodes.Status400BadRequest;
            context.Response.ContentType = "application/json; charset=utf-8";
            await OperationResult.FromErrors(errors).WriteToAsync(context.Response.Body, context.RequestAborted).ConfigureAwait(false);
            return;
        }

        context.Response.StatusCode = StatusCodes.Status202Accepted;
        _ = Task.Run(async () =>
        {
            try
            {
                await SseOperation.StreamAsync(result, reservation.EmitAsync, operationId, expose, cancellation.Token).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is OperationCanceledException or System.Threading.Channels.ChannelClosedException)
            {
                // The stream ended while this operation was writing to it.
            }
            finally
            {
                Forget(reservation, operationId, cancellation);
            }
        });
    }

    private static void Forget(SseReservation reservation, string operationId, CancellationTokenSource cancellation)
    {
        reservation.Operations.TryRemove(KeyValuePair.Create(operationId, cancellation));
        cancellation.Dispose();
    }

    private static string? OperationIdOf(GraphQLRequest request) =>
        request.Extensions is { ValueKind: JsonValueKind.Object } extensions
        && extensions.TryGetProperty("operationId", out var id)
        && id.ValueKind == JsonValueKind.String
        && id.GetString() is { Length: > 0 } value
            ? value
            : null;
}
