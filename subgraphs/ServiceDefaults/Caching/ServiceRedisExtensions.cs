using Graph.Redis;
using Graph.ServiceDefaults.Database;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Graph.ServiceDefaults.Caching;

public static class ServiceRedisExtensions
{
    public const string ConnectionStringName = "redis";

    /// <summary>
    /// Redis from <c>ConnectionStrings:redis</c> (cache, message bus), or in-memory versions when it is empty;
    /// <see cref="IEntityCache"/> with <c>Cache:EntityTimeToLive</c>; a <c>redis</c> readiness check when configured.
    /// </summary>
    public static WebApplicationBuilder AddServiceRedis(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddGraphRedis(builder.Configuration, ConnectionStringName);
        builder.Services.Configure<EntityCacheOptions>(builder.Configuration.GetSection(EntityCacheOptions.SectionName));
        builder.Services.TryAddSingleton<IEntityCache, DistributedEntityCache>();
        if (!string.IsNullOrWhiteSpace(builder.Configuration.GetConnectionString(ConnectionStringName)))
        {
            builder.Services.AddHealthChecks().Add(new HealthCheckRegistration(
                "redis",
                sp => new RedisHealthCheck(sp.GetRequiredService<RedisClient>()),
                HealthStatus.Unhealthy,
                [ServiceDatabaseExtensions.ReadyTag],
                TimeSpan.FromSeconds(5)));
        }

        return builder;
    }

    private sealed class RedisHealthCheck(RedisClient client) : IHealthCheck
    {
        public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
        {
            try
            {
                var latency = await client.PingAsync(cancellationToken).ConfigureAwait(false);
                return HealthCheckResult.Healthy($"PING {latency.TotalMilliseconds:0.0} ms");
            }
            catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                return HealthCheckResult.Unhealthy($"Redis is not reachable: {e.Message}");
            }
        }
    }
}
