using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Graph.AspNetCore.Subscriptions;

public static class WebSocketServerBuilderExtensions
{
    /// <summary>Uses <typeparamref name="TInterceptor"/> (a singleton) for every graphql-transport-ws <c>connection_init</c>.</summary>
    public static GraphQLServerBuilder AddWebSocketConnectionInterceptor<TInterceptor>(this GraphQLServerBuilder builder)
        where TInterceptor : class, IWebSocketConnectionInterceptor
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.RemoveAll<IWebSocketConnectionInterceptor>();
        builder.Services.AddSingleton<IWebSocketConnectionInterceptor, TInterceptor>();
        return builder;
    }

    /// <summary>Uses <paramref name="interceptor"/> for every graphql-transport-ws <c>connection_init</c>.</summary>
    public static GraphQLServerBuilder AddWebSocketConnectionInterceptor(this GraphQLServerBuilder builder, IWebSocketConnectionInterceptor interceptor)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(interceptor);
        builder.Services.RemoveAll<IWebSocketConnectionInterceptor>();
        builder.Services.AddSingleton(interceptor);
        return builder;
    }
}
