using Graph.Gateway.Composition;
using Graph.Messaging;
using Graph.Redis;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Graph.Gateway.Caching;

/// <summary>Registers the response cache (docs/fusion.md "Response cache"; gateway README "Response cache").</summary>
public static class ResponseCacheServiceCollectionExtensions
{
    public const string RedisConnectionStringName = "redis";

    /// <summary>
    /// When <c>Gateway:ResponseCache:Enabled</c> is true, or unset and <c>ConnectionStrings:redis</c> is given: Redis,
    /// the caching executor around each composition's executor and, when Kafka is configured
    /// (<c>Kafka:BootstrapServers</c> or <c>KAFKA_BOOTSTRAP_SERVERS</c>), the eviction consumer. Returns whether it is on.
    /// </summary>
    public static bool AddGatewayResponseCache(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var configuration = builder.Configuration;
        var services = builder.Services;
        var section = configuration.GetSection(ResponseCacheOptions.SectionName);
        var connectionString = configuration.GetConnectionString(RedisConnectionStringName);
        var enabled = section.GetValue<bool?>(nameof(ResponseCacheOptions.Enabled)) ?? !string.IsNullOrWhiteSpace(connectionString);
        if (!enabled)
        {
            return false;
        }

        if (string.IsNullOrWhiteSpace(connectionString))
        {
            throw new InvalidOperationException(
                $"{ResponseCacheOptions.SectionName}:Enabled is true but ConnectionStrings:{RedisConnectionStringName} is empty: the response cache needs Redis.");
        }

        services.Configure<ResponseCacheOptions>(section);
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(_ => new RedisClient(RedisOptions.Parse(connectionString)));
        services.AddSingleton<ResponseCacheStore>();
        services.AddSingleton<ResponseCache>();
        services.TryAddSingleton<FusionExecutorFactory>();
        services.Replace(ServiceDescriptor.Singleton<IGatewayExecutorFactory, ResponseCachingExecutorFactory>());

        var bootstrap = configuration[$"{MessagingOptions.SectionName}:{nameof(MessagingOptions.BootstrapServers)}"];
        if (string.IsNullOrWhiteSpace(bootstrap))
        {
            bootstrap = Environment.GetEnvironmentVariable(MessagingOptions.BootstrapServersVariable);
        }

        if (!string.IsNullOrWhiteSpace(bootstrap))
        {
            services.AddOptions<MessagingOptions>()
                .Bind(configuration.GetSection(MessagingOptions.SectionName))
                .PostConfigure(o => o.BootstrapServers = string.IsNullOrWhiteSpace(o.BootstrapServers) ? bootstrap : o.BootstrapServers);
            services.AddHostedService<ResponseCacheEvictionConsumer>();
        }

        return true;
    }
}
