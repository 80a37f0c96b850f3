using System.Collections.Concurrent;
using Microsoft.Extensions.DependencyInjection;

namespace Graph.Gateway.Tests.Caching;

/// <summary>Counts the gateway's requests to each subgraph (a handler on its <c>Graph.Fusion.{name}</c> HTTP clients).</summary>
public sealed class SubgraphRequestCounter
{
    private readonly ConcurrentDictionary<string, int> _counts = new(StringComparer.Ordinal);

    public int Count(string subgraph) => _counts.GetValueOrDefault(subgraph);

    /// <summary>Registers the counting handler on the named clients of <paramref name="subgraphs"/>.</summary>
    public void AddTo(IServiceCollection services, IEnumerable<string> subgraphs)
    {
        foreach (var name in subgraphs)
        {
            services.AddHttpClient("Graph.Fusion." + name).AddHttpMessageHandler(() => new CountingHandler(this, name));
        }
    }

    private sealed class CountingHandler(SubgraphRequestCounter counter, string subgraph) : DelegatingHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            counter._counts.AddOrUpdate(subgraph, 1, (_, count) => count + 1);
            return base.SendAsync(request, cancellationToken);
        }
    }
}
