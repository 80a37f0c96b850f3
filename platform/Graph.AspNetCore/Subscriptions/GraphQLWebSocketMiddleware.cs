using Graph.Execution;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Graph.AspNetCore.Subscriptions;

/// <summary>
/// graphql-transport-ws transport of MapGraphQL (graphql-ws PROTOCOL.md): answers WebSocket
/// upgrades of the GraphQL path; passes every other request on. A client that does not offer the
/// <c>graphql-transport-ws</c> sub-protocol (the legacy <c>graphql-ws</c> of
/// subscriptions-transport-ws, or none) is accepted and closed with 4406 "Subprotocol not
/// acceptable", as graphql-ws's own server does, so that it learns why.
/// </summary>
public sealed class GraphQLWebSocketMiddleware(RequestDelegate next, PathString path)
{
    public PathString Path { get; } = path;

    public async Task InvokeAsync(HttpContext context)
    {
        if (!context.WebSockets.IsWebSocketRequest || !IsEndpoint(context.Request.Path))
        {
            await next(context).ConfigureAwait(false);
            return;
        }

        if (!context.WebSockets.WebSocketRequestedProtocols.Contains(GraphQLTransportWs.SubProtocol, StringComparer.Ordinal))
        {
            using var refused = await context.WebSockets.AcceptWebSocketAsync().ConfigureAwait(false);
            using var channel = new WebSocketChannel(refused, 1024);
            await channel.CloseAsync(GraphQLTransportWs.SubprotocolNotAcceptable, "Subprotocol not acceptable").ConfigureAwait(false);
            return;
        }

        var services = context.RequestServices;
        var options = services.GetRequiredService<IOptions<GraphQLServerOptions>>().Value.Subscriptions;
        var executor = services.GetRequiredService<IRequestExecutor>();
        var interceptor = services.GetService<IWebSocketConnectionInterceptor>() ?? DefaultWebSocketConnectionInterceptor.Instance;
        var stopping = services.GetService<IHostApplicationLifetime>()?.ApplicationStopping ?? CancellationToken.None;

        using var socket = await context.WebSockets.AcceptWebSocketAsync(GraphQLTransportWs.SubProtocol).ConfigureAwait(false);
        using var session = new GraphQLWebSocketSession(
            context, socket, executor, interceptor, options, ExposeExceptionMessages(executor), stopping);
        await session.RunAsync().ConfigureAwait(false);
    }

    private bool IsEndpoint(PathString requested) =>
        requested.Equals(Path, StringComparison.OrdinalIgnoreCase) || requested.Equals(Path.Add("/"), StringComparison.OrdinalIgnoreCase);

    private static bool ExposeExceptionMessages(IRequestExecutor executor) => executor is not RequestExecutor concrete || concrete.Options.ExposeExceptionMessages;
}
