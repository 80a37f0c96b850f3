using Graph.Testing.Product;
using Graph.Testing.Services;

namespace Graph.Benchmarks.Checkout;

/// <summary>
/// The product as the end-to-end tests run it (<see cref="ProductSystem"/>): Users, Catalog, Orders, Payments and
/// Notifications on real HTTP on loopback, each with its own PostgreSQL database, one private redis-server, one Kafka
/// mock cluster, the fake Stripe and the SMTP sink in process, no gateway. Logs at Warning, so console output does not
/// weigh on the measured path. The given settings are added to every service (e.g. <c>Kafka:Relay:PollInterval</c>).
/// </summary>
internal sealed class CheckoutSystem(ProductSystem system) : IAsyncDisposable
{
    private static readonly string[] Services =
        [ProductServices.Users, ProductServices.Catalog, ProductServices.Orders, ProductServices.Payments, ProductServices.Notifications];

    public ServiceHost Users => system.Service(ProductServices.Users);

    public ServiceHost Catalog => system.Service(ProductServices.Catalog);

    public ServiceHost Orders => system.Service(ProductServices.Orders);

    /// <summary>Each service's database connection string, by service name.</summary>
    public IReadOnlyDictionary<string, string> ConnectionStrings { get; } = Services.ToDictionary(name => name, system.ConnectionString, StringComparer.Ordinal);

    public static async Task<CheckoutSystem> StartAsync(IReadOnlyDictionary<string, string?> settings) =>
        new(await ProductSystem.StartAsync(new ProductSystemOptions
        {
            DatabasePrefix = "bench_checkout",
            Services = Services,
            Gateway = false,
            CommonSettings = ServiceHost.Settings(new Dictionary<string, string?> { ["Logging:LogLevel:Default"] = "Warning" }, settings),
        }));

    public ValueTask DisposeAsync() => system.DisposeAsync();
}
