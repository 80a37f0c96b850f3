using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Graph.Gateway.Composition;

/// <summary>Ready when a composition is loaded (it is from start-up on; a failed reload keeps the previous one serving).</summary>
public sealed class CompositionHealthCheck(GatewayExecutorProvider provider) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            var composition = provider.Composition;
            return Task.FromResult(HealthCheckResult.Healthy($"generation {provider.Generation}, {composition.Schema.SourceSchemas.Count} subgraphs"));
        }
        catch (GatewayCompositionException error)
        {
            return Task.FromResult(HealthCheckResult.Unhealthy(error.Message));
        }
    }
}
