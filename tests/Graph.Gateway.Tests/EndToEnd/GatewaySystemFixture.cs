using Graph.Gateway.Tests.Caching;
using Graph.Testing.Product;
using Graph.Testing.Services;
using Xunit;

namespace Graph.Gateway.Tests.EndToEnd;

/// <summary>
/// The product behind its gateway (<see cref="ProductSystem"/>): Users, Catalog, Reviews, Recommendations, Orders and
/// Payments on real HTTP (each its own PostgreSQL database, one Redis, one Kafka mock cluster, the fake Stripe), and the
/// gateway serving the checked-in subgraph schemas composed by the real composer. Notifications is not started: its
/// URL is a closed port, and no query here reaches it. Clients talk only to <see cref="Gateway"/>, or to
/// <see cref="CachingGateway"/> for the response cache.
/// </summary>
public sealed class GatewaySystemFixture : IAsyncLifetime
{
    private ProductSystem? _system;
    private ServiceHost? _cachingGateway;

    public ServiceHost Gateway => System.Gateway;

    /// <summary>Holds Payments' charges while closed, so a subscriber can connect while the order is PENDING.</summary>
    public StripeChargeGate Charges => System.Charges;

    /// <summary>The gateway with the response cache; <see cref="CachingGatewayRequests"/> counts its subgraph requests.</summary>
    public ServiceHost CachingGateway => _cachingGateway ?? throw new InvalidOperationException("Started in InitializeAsync.");

    public SubgraphRequestCounter CachingGatewayRequests { get; } = new();

    private ProductSystem System => _system ?? throw new InvalidOperationException("Started in InitializeAsync.");

    public async Task InitializeAsync()
    {
        _system = await ProductSystem.StartAsync(new ProductSystemOptions
        {
            DatabasePrefix = "gw",
            Services = [ProductServices.Users, ProductServices.Catalog, ProductServices.Reviews, ProductServices.Recommendations, ProductServices.Orders, ProductServices.Payments],
        });

        // A second gateway over the same subgraphs with the Redis response cache on (Caching/ResponseCacheEndToEndTests);
        // the first stays uncached so the other tests never read a response a change has not evicted yet.
        var running = System.SubgraphEndpoints.Keys.ToArray();
        _cachingGateway = await ServiceHost.StartAsync(
            args => GatewayHost.Build(args, b => CachingGatewayRequests.AddTo(b.Services, running)),
            ServiceHost.Settings(System.GatewaySettings, new Dictionary<string, string?>
            {
                ["ConnectionStrings:redis"] = System.RedisEndPoint,
                ["Kafka:BootstrapServers"] = System.KafkaBootstrapServers,
            }));
    }

    /// <inheritdoc cref="ProductSystem.StopAsync"/>
    public Task StopAsync(string name) => System.StopAsync(name);

    /// <inheritdoc cref="ProductSystem.StartAgainAsync"/>
    public Task StartAgainAsync(string name) => System.StartAgainAsync(name);

    public async Task DisposeAsync()
    {
        if (_cachingGateway is not null)
        {
            await _cachingGateway.DisposeAsync();
        }

        if (_system is not null)
        {
            await _system.DisposeAsync();
        }
    }
}

/// <summary>The gateway end-to-end tests share one running product.</summary>
[CollectionDefinition(Name)]
public sealed class GatewaySystemCollection : ICollectionFixture<GatewaySystemFixture>
{
    public const string Name = "gateway system";
}
