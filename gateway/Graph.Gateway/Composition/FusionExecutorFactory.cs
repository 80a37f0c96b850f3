using Graph.Execution;
using Graph.Fusion.Execution;
using Graph.Gateway.Forwarding;
using Microsoft.Extensions.Options;

namespace Graph.Gateway.Composition;

/// <summary>
/// The Fusion engine's executor for a composition, with the host's hook (<see cref="SubgraphRequestForwarder"/>), the
/// configured depth, field and cost limits, and pooled subgraph connections from <see cref="IHttpClientFactory"/>
/// (clients named <c>Graph.Fusion.{schema}</c>).
/// </summary>
public sealed class FusionExecutorFactory(
    IOptionsMonitor<GatewayOptions> options,
    SubgraphRequestForwarder forwarder,
    IHttpClientFactory httpClients,
    Microsoft.Extensions.Hosting.IHostEnvironment environment) : IGatewayExecutorFactory
{
    public IRequestExecutor Create(GatewayComposition composition)
    {
        ArgumentNullException.ThrowIfNull(composition);
        var executorOptions = new FusionExecutorOptions
        {
            Limits = GatewayHost.LimitsOf(options.CurrentValue),
            OnSubgraphRequest = forwarder.ApplyAsync,
            ExposeExceptionMessages = environment.EnvironmentName == Microsoft.Extensions.Hosting.Environments.Development,
        };
        return new FusionRequestExecutor(composition.Schema, executorOptions, httpClients);
    }
}
