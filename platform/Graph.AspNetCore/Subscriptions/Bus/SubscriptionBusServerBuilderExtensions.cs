using Graph.Redis;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Graph.AspNetCore.Subscriptions;

/// <summary>Registers the subscription bus (HotChocolate's <c>AddInMemorySubscriptions</c> / <c>AddRedisSubscriptions</c>).</summary>
public static class SubscriptionBusServerBuilderExtensions
{
    /// <summary>The in-process bus: one replica, or no Redis configured.</summary>
    public static GraphQLServerBuilder AddInMemorySubscriptions(this GraphQLServerBuilder builder, Action<SubscriptionBusOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        Configure(builder.Services, configure);
        builder.Services.TryAddSingleton<InMemoryTopicEventBus>();
        Expose<InMemoryTopicEventBus>(builder.Services);
        return builder;
    }

    /// <summary>
    /// The bus over the application's <see cref="IMessageBus"/>, registered by <c>AddGraphRedis</c>
    /// (Redis pub/sub, so every replica receives every event; its in-memory fallback without Redis).
    /// </summary>
    public static GraphQLServerBuilder AddRedisSubscriptions(this GraphQLServerBuilder builder, Action<SubscriptionBusOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        Configure(builder.Services, configure);
        builder.Services.TryAddSingleton(sp => new RedisTopicEventBus(
            sp.GetService<IMessageBus>() ?? throw new InvalidOperationException(
                "AddRedisSubscriptions needs an IMessageBus: call services.AddGraphRedis(...) or use AddRedisSubscriptions(RedisOptions)."),
            sp.GetRequiredService<Microsoft.Extensions.Options.IOptions<SubscriptionBusOptions>>()));
        Expose<RedisTopicEventBus>(builder.Services);
        return builder;
    }

    /// <summary>Adds the Redis client of <paramref name="redis"/> (<c>AddGraphRedis</c>) and the bus over it.</summary>
    public static GraphQLServerBuilder AddRedisSubscriptions(
        this GraphQLServerBuilder builder, RedisOptions redis, Action<SubscriptionBusOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddGraphRedis(redis);
        return builder.AddRedisSubscriptions(configure);
    }

    private static void Configure(IServiceCollection services, Action<SubscriptionBusOptions>? configure)
    {
        var options = services.AddOptions<SubscriptionBusOptions>();
        if (configure is not null)
        {
            options.Configure(configure);
        }
    }

    private static void Expose<TBus>(IServiceCollection services)
        where TBus : class, ITopicEventSender, ITopicEventReceiver
    {
        services.RemoveAll<ITopicEventSender>();
        services.RemoveAll<ITopicEventReceiver>();
        services.AddSingleton<ITopicEventSender>(sp => sp.GetRequiredService<TBus>());
        services.AddSingleton<ITopicEventReceiver>(sp => sp.GetRequiredService<TBus>());
    }
}
