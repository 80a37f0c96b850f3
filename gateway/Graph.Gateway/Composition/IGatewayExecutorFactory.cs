using Graph.Execution;

namespace Graph.Gateway.Composition;

/// <summary>Makes the executor that serves one composition (the Fusion engine's, with the host's hooks and limits).</summary>
public interface IGatewayExecutorFactory
{
    IRequestExecutor Create(GatewayComposition composition);
}
