using Graph.Testing.Product;
using Graph.Testing.Services;

namespace Graph.Benchmarks.Gateway;

/// <summary>
/// The subgraphs a storefront's product page needs (Users, Catalog, Reviews with their demo data, through
/// <see cref="ProductSystem"/>) and our gateway over them, composed from the checked-in manifest by the real composer.
/// The manifest's other subgraphs get a closed port: the query mix never plans a fetch to them. Logs at Warning so
/// console output does not weigh on the measured path.
/// </summary>
internal sealed class GatewaySystem(ProductSystem system) : IAsyncDisposable
{
    /// <summary>Each running subgraph's GraphQL endpoint, by manifest name.</summary>
    public IReadOnlyDictionary<string, Uri> Subgraphs => system.SubgraphEndpoints;

    public ServiceHost Gateway => system.Gateway;

    /// <summary>The in-process gateway's settings (composition, subgraph URLs, JWKS, limits), for <see cref="GatewayProcess"/>.</summary>
    public IReadOnlyDictionary<string, string?> GatewaySettings => system.GatewaySettings;

    public static async Task<GatewaySystem> StartAsync() =>
        new(await ProductSystem.StartAsync(new ProductSystemOptions
        {
            DatabasePrefix = "bench_gateway",
            Services = [ProductServices.Users, ProductServices.Catalog, ProductServices.Reviews],
            CommonSettings = new Dictionary<string, string?>
            {
                ["Logging:LogLevel:Default"] = "Warning",

                // No Kafka consumer is on the measured path, but with the product's 10 ms (tuned for checkout latency
                // on librdkafka's mock cluster, which holds an empty fetch that long; docs/benchmarks.md) the idle
                // consumers of the in-process subgraphs and the mock cluster spend CPU on the cores both gateways
                // share: 134 ms per second idle against 31 ms at 500 ms (helper S's measurement, 2026-11-22).
                ["Kafka:Consumer:FetchWaitMax"] = "00:00:00.500",
            },
            // Hive Gateway, the baseline, limits no rate either; the benchmark's one client would be throttled.
            GatewaySettings = new Dictionary<string, string?> { ["Gateway:RateLimit:Enabled"] = "false" },
        }));

    public ValueTask DisposeAsync() => system.DisposeAsync();
}
