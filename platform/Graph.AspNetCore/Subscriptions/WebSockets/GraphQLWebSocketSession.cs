using System.Collections.Concurrent;
using System.Net.WebSockets;
using System.Security.Claims;
using System.Text.Json;
using Graph.AspNetCore.Http;
using Graph.Execution;
using Graph.Execution.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Graph.AspNetCore.Subscriptions;

/// <summary>
/// One graphql-transport-ws socket (graphql-ws PROTOCOL.md): the connection's state machine
/// (<c>ConnectionInit</c> within the timeout, once; operations only after <c>ConnectionAck</c>),
/// ping/pong, and the operations by id. Every protocol violation closes the socket with its code;
/// the socket closing, from either side, cancels every operation.
/// </summary>
internal sealed class GraphQLWebSocketSession : IDisposable
{
    // How long the client has to answer a close frame before the connection is dropped.
    private static readonly TimeSpan CloseHandshakeTimeout = TimeSpan.FromSeconds(3);

    // RFC 6455 7.4.1: 1001 "going away", as a server going down.
    private const int WebSocketCloseStatusGoingAway = (int)WebSocketCloseStatus.EndpointUnavailable;

    private readonly HttpContext _context;
    private readonly IWebSocketConnectionInterceptor _interceptor;
    private readonly SubscriptionTransportOptions _options;
    private readonly CancellationTokenSource _connection;
    private readonly ConcurrentDictionary<string, SocketOperation> _operations = new(StringComparer.Ordinal);
    private int _initReceived;
    private volatile bool _acknowledged;
    private ClaimsPrincipal? _user;

    public GraphQLWebSocketSession(
        HttpContext context,
        WebSocket socket,
        IRequestExecutor executor,
        IWebSocketConnectionInterceptor interceptor,
        SubscriptionTransportOptions options,
        bool exposeExceptionMessages,
        CancellationToken stopping)
    {
        _context = context;
        _interceptor = interceptor;
        _options = options;
        Executor = executor;
        ExposeExceptionMessages = exposeExceptionMessages;
        Channel = new WebSocketChannel(socket, options.MaxWebSocketMessageSize);
        _connection = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted);
        Stopping = stopping;
    }

    public IRequestExecutor Executor { get; }

    /// <summary>The persisted-operation rules every transport applies (trusted documents hold over WebSocket too).</summary>
    public PersistedOperationResolver Persisted => _context.RequestServices.GetRequiredService<PersistedOperationResolver>();

    public bool ExposeExceptionMessages { get; }

    public WebSocketChannel Channel { get; }

    private CancellationToken Stopping { get; }

    public async Task RunAsync()
    {
        var token = _connection.Token;
        using var shutdown = Stopping.Register(() => _ = CloseAsync(WebSocketCloseStatusGoingAway, "Server shutting down"));
        var initTimeout = WatchConnectionInitAsync(token);
        try
        {
            while (await Channel.ReceiveAsync(token).ConfigureAwait(false) is { } message)
            {
                if (!Channel.IsClosed)
                {
                    await HandleAsync(ClientMessage.Parse(message.Span), token).ConfigureAwait(false);
                }
            }
        }
        catch (InvalidMessageException invalid)
        {
            await CloseAsync(GraphQLTransportWs.BadRequest, invalid.Message).ConfigureAwait(false);
        }
        catch (MessageTooBigException)
        {
            await CloseAsync((int)WebSocketCloseStatus.MessageTooBig, $"Messages are limited to {_options.MaxWebSocketMessageSize} bytes.").ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (token.IsCancellationRequested)
        {
            // The client went away, or did not answer our close frame in time.
        }
        catch (Exception ex)
        {
            // The client only learns "4500"; the operator needs the cause.
            _context.RequestServices.GetService<ILoggerFactory>()?.CreateLogger<GraphQLWebSocketSession>()
                .LogError(ex, "GraphQL WebSocket connection failed; closing it with {Code}", GraphQLTransportWs.InternalServerError);
            await CloseAsync(GraphQLTransportWs.InternalServerError, "Internal server error").ConfigureAwait(false);
        }
        finally
        {
            await EndAsync(initTimeout).ConfigureAwait(false);
        }
    }

    /// <summary>Releases <paramref name="operation"/>'s id, if it still holds it.</summary>
    public void Forget(SocketOperation operation) => _operations.TryRemove(KeyValuePair.Create(operation.Id, operation));

    public void Dispose()
    {
        _connection.Dispose();
        Channel.Dispose();
    }

    private async ValueTask HandleAsync(ClientMessage message, CancellationToken token)
    {
        switch (message.Type)
        {
            case GraphQLTransportWs.ConnectionInit:
                await InitializeAsync(message.Payload, token).ConfigureAwait(false);
                break;
            case GraphQLTransportWs.Ping:
                // PROTOCOL.md "Pong": "as soon as possible", echoing the ping's payload as graphql-ws does.
                await SendAsync(GraphQLTransportWs.Pong, null, message.Payload is { } p ? p.WriteTo : null, token).ConfigureAwait(false);
                break;
            case GraphQLTransportWs.Pong:
                break;
            case GraphQLTransportWs.Subscribe:
                await SubscribeAsync(message.Id!, message.Payload!.Value, token).ConfigureAwait(false);
                break;
            case GraphQLTransportWs.Complete:
                // Unknown and finished ids are ignored (PROTOCOL.md "Invalid message", last paragraph).
                if (_operations.TryRemove(message.Id!, out var operation))
                {
                    operation.Stop();
                }

                break;
        }
    }

    // PROTOCOL.md "ConnectionInit" / "ConnectionAck".
    private async ValueTask InitializeAsync(JsonElement? payload, CancellationToken token)
    {
        if (Interlocked.Exchange(ref _initReceived, 1) != 0)
        {
            await CloseAsync(GraphQLTransportWs.TooManyInitialisationRequests, "Too many initialisation requests").ConfigureAwait(false);
            return;
        }

        var decision = await _interceptor.OnConnectAsync(_context, payload, token).ConfigureAwait(false);
        if (!decision.IsAccepted)
        {
            await CloseAsync(GraphQLTransportWs.Forbidden, decision.RejectionReason).ConfigureAwait(false);
            return;
        }

        _user = decision.User ?? _context.User;
        _acknowledged = true;
        var ack = decision.AcknowledgementPayload;
        await SendAsync(GraphQLTransportWs.ConnectionAck, null, ack is null ? null : w => JsonSerializer.Serialize(w, ack, ack.GetType(), JsonSerializerOptions.Web), token).ConfigureAwait(false);
    }

    // PROTOCOL.md "Subscribe".
    private async ValueTask SubscribeAsync(string id, JsonElement payload, CancellationToken token)
    {
        if (!_acknowledged)
        {
            await CloseAsync(GraphQLTransportWs.Unauthorized, "Unauthorized").ConfigureAwait(false);
            return;
        }

        GraphQLRequest request;
        try
        {
            request = GraphQLRequestParser.Parse(payload);
        }
        catch (GraphQLRequestParseException invalid)
        {
            throw new InvalidMessageException($"\"subscribe\" message payload is invalid: {invalid.Message}");
        }

        if (request.Query is null && request.DocumentId is null && request.PersistedQueryHash is null)
        {
            throw new InvalidMessageException("\"subscribe\" message payload expects the 'query' property to be a string.");
        }

        if (_operations.ContainsKey(id))
        {
            await CloseAsync(GraphQLTransportWs.SubscriberAlreadyExists, $"Subscriber for {id} already exists").ConfigureAwait(false);
            return;
        }

        if (_operations.Count >= _options.MaxSubscriptionsPerConnection)
        {
            // Only this operation fails, as "Error" allows before execution starts; the others keep running.
            var error = GraphQLError.WithCode(
                $"The connection already runs {_options.MaxSubscriptionsPerConnection} operations, its limit; complete one first.",
                "MAX_SUBSCRIPTIONS_EXCEEDED");
            await SendAsync(GraphQLTransportWs.Error, id, w => WriteErrors(w, error), token).ConfigureAwait(false);
            return;
        }

        var operation = new SocketOperation(this, id, token);
        _operations[id] = operation;

        // Each operation gets its own service scope (created by the executor): a socket lives long
        // and runs operations concurrently, so they must not share the upgrade request's scope.
        var user = _user;
        operation.Start(token => OperationRequestFactory.ExecuteAsync(Executor, Persisted, request, user, services: null, token));
    }

    private async Task WatchConnectionInitAsync(CancellationToken token)
    {
        try
        {
            await Task.Delay(_options.ConnectionInitTimeout, token).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            return;
        }

        if (Volatile.Read(ref _initReceived) == 0)
        {
            await CloseAsync(GraphQLTransportWs.ConnectionInitialisationTimeout, "Connection initialisation timeout").ConfigureAwait(false);
        }
    }

    private async Task CloseAsync(int code, string reason)
    {
        await Channel.CloseAsync(code, reason).ConfigureAwait(false);
        try
        {
            _connection.CancelAfter(CloseHandshakeTimeout);
        }
        catch (ObjectDisposedException)
        {
            // The session already ended.
        }
    }

    private async Task EndAsync(Task initTimeout)
    {
        await _connection.CancelAsync().ConfigureAwait(false);
        var running = _operations.Values.Select(o => o.Running).ToArray();
        _operations.Clear();
        await Task.WhenAll(running).WaitAsync(TimeSpan.FromSeconds(10)).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        await initTimeout.ConfigureAwait(false);

        // Answers the client's close frame, or closes normally when our own frame was not sent.
        await Channel.CloseAsync((int)WebSocketCloseStatus.NormalClosure, string.Empty).ConfigureAwait(false);
    }

    private async ValueTask SendAsync(string type, string? id, Action<Utf8JsonWriter>? payload, CancellationToken token)
    {
        using var buffer = new PooledBufferWriter(256);
        ServerMessages.Write(buffer, type, id, payload);
        await Channel.SendAsync(buffer.WrittenMemory, null, token).ConfigureAwait(false);
    }

    private static void WriteErrors(Utf8JsonWriter writer, GraphQLError error)
    {
        writer.WriteStartArray();
        ResultJsonWriter.WriteError(writer, error);
        writer.WriteEndArray();
    }
}
