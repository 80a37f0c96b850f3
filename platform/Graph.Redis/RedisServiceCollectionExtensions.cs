using Microsoft.Extensions.Caching.Distributed;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Graph.Redis;

public static class RedisServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="RedisClient"/>, <see cref="IDistributedCache"/>, <see cref="ITypedCache"/> and
    /// <see cref="IMessageBus"/> over Redis; with a null or empty connection string, in-memory
    /// versions serve instead (ARCHITECTURE.md section 7: single replica, no Redis configured).
    /// </summary>
    public static IServiceCollection AddGraphRedis(this IServiceCollection services, string? connectionString) =>
        string.IsNullOrWhiteSpace(connectionString)
            ? services.AddGraphInMemoryCache()
            : services.AddGraphRedis(RedisOptions.Parse(connectionString));

    /// <summary>Reads the connection string <paramref name="name"/> (<c>ConnectionStrings:redis</c> by default).</summary>
    public static IServiceCollection AddGraphRedis(this IServiceCollection services, IConfiguration configuration, string name = "redis")
    {
        ArgumentNullException.ThrowIfNull(configuration);
        return services.AddGraphRedis(configuration.GetConnectionString(name));
    }

    public static IServiceCollection AddGraphRedis(this IServiceCollection services, Action<RedisOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(configure);
        var options = new RedisOptions();
        configure(options);
        return services.AddGraphRedis(options);
    }

    public static IServiceCollection AddGraphRedis(this IServiceCollection services, RedisOptions options)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(options);
        services.TryAddSingleton(_ => new RedisClient(options));
        services.RemoveAll<IDistributedCache>();
        services.AddSingleton<IDistributedCache>(sp => new RedisDistributedCache(sp.GetRequiredService<RedisClient>()));
        services.TryAddSingleton<ITypedCache>(sp => new DistributedTypedCache(sp.GetRequiredService<IDistributedCache>()));
        services.TryAddSingleton<IMessageBus>(sp => new RedisMessageBus(sp.GetRequiredService<RedisClient>()));
        return services;
    }

    /// <summary>The in-memory fallback: a memory-backed <see cref="IDistributedCache"/> and an in-process bus.</summary>
    public static IServiceCollection AddGraphInMemoryCache(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddDistributedMemoryCache();
        services.TryAddSingleton<ITypedCache>(sp => new DistributedTypedCache(sp.GetRequiredService<IDistributedCache>()));
        services.TryAddSingleton<IMessageBus>(_ => new InMemoryMessageBus());
        return services;
    }
}
