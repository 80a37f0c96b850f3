using Graph.Testing.Product;
using Graph.Testing.Services;
using Graph.WebHost;
using Xunit;

namespace Graph.Web.Tests;

/// <summary>
/// The product as <c>./graph up</c> runs it (<see cref="ProductSystem"/>: Users, Catalog, Reviews, Recommendations,
/// Orders and Payments with demo data behind the gateway), and <c>tools/Graph.WebHost</c> serving the built storefront
/// (<c>clients/web/dist</c>) with <c>/graphql</c> forwarded to the gateway. Notifications is not started: the storefront
/// does not read it.
/// </summary>
public sealed class StorefrontSystemFixture : IAsyncLifetime
{
    private ProductSystem? _system;
    private ServiceHost? _web;

    /// <summary>The gateway (<c>/graphql</c>).</summary>
    public ServiceHost Gateway => System.Gateway;

    /// <summary>The storefront's web host: the pages, and <c>/graphql</c> forwarded to <see cref="Gateway"/>.</summary>
    public ServiceHost Web => _web ?? throw new InvalidOperationException("Started in InitializeAsync.");

    /// <summary>Closed: Payments' charges wait, so the browser sees the order PENDING before it turns PAID.</summary>
    public StripeChargeGate Charges => System.Charges;

    /// <summary>The gateway's settings: tests start another gateway with extra settings (trusted documents).</summary>
    public IReadOnlyDictionary<string, string?> GatewaySettings => System.GatewaySettings;

    private ProductSystem System => _system ?? throw new InvalidOperationException("Started in InitializeAsync.");

    public async Task InitializeAsync()
    {
        StorefrontBuild.EnsureBuilt();
        _system = await ProductSystem.StartAsync(new ProductSystemOptions
        {
            DatabasePrefix = "web",
            Services = [ProductServices.Users, ProductServices.Catalog, ProductServices.Reviews, ProductServices.Recommendations, ProductServices.Orders, ProductServices.Payments],
        });
        _web = await ServiceHost.StartAsync(WebHostApp.Build, new Dictionary<string, string?>
        {
            ["WebHost:Root"] = StorefrontBuild.DistDirectory,
            ["WebHost:Gateway"] = Gateway.BaseAddress.ToString(),
        });
    }

    public async Task DisposeAsync()
    {
        if (_web is not null)
        {
            await _web.DisposeAsync();
        }

        if (_system is not null)
        {
            await _system.DisposeAsync();
        }
    }
}

/// <summary>The tests against the running product share one.</summary>
[CollectionDefinition(Name)]
public sealed class StorefrontSystemCollection : ICollectionFixture<StorefrontSystemFixture>
{
    public const string Name = "storefront system";
}
