using Graph.Testing.Kafka;
using Graph.Testing.Postgres;
using Graph.Testing.Redis;
using Microsoft.AspNetCore.Builder;
using Xunit;

namespace Graph.Testing.Services;

/// <summary>
/// A service as <c>./graph up</c> runs it, on real HTTP (<see cref="ServiceHost"/>), with its own PostgreSQL database
/// (migrated and seeded with the demo data by the service itself), its own Redis and the Kafka mock cluster. Derive
/// one per service and share it through an xunit collection fixture.
/// </summary>
/// <param name="name">The service's connection string name (<c>ConnectionStrings:&lt;name&gt;</c>), also the database name's prefix.</param>
public abstract class ServiceFixture(string name) : IAsyncLifetime
{
    private readonly ServiceDatabase _database = new(name + "_service");
    private readonly RedisServerFixture _redis = new();
    private readonly KafkaFixture _kafka = new();
    private ServiceHost? _host;

    public ServiceHost Host => _host ?? throw new InvalidOperationException("The service starts in InitializeAsync.");

    /// <summary>The service's own database.</summary>
    public string ConnectionString => _database.ConnectionString;

    public string KafkaBootstrapServers => _kafka.BootstrapServers;

    /// <summary>Settings beyond the database, Redis, Kafka and demo data ones, e.g. the JWT issuer of test tokens.</summary>
    protected virtual IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>();

    public async Task InitializeAsync()
    {
        await _database.InitializeAsync();
        await _redis.InitializeAsync();
        await _kafka.InitializeAsync();
        _host = await ServiceHost.StartAsync(Build, ServiceHost.Settings(Settings, new Dictionary<string, string?>
        {
            [$"ConnectionStrings:{name}"] = _database.ConnectionString,
            ["ConnectionStrings:redis"] = _redis.ConnectionString,
            ["Kafka:BootstrapServers"] = _kafka.BootstrapServers,
            ["DemoData:Enabled"] = "true",
        }));
    }

    public virtual async Task DisposeAsync()
    {
        if (_host is not null)
        {
            await _host.DisposeAsync();
        }

        await _kafka.DisposeAsync();
        await _redis.DisposeAsync();
        await _database.DisposeAsync();
    }

    /// <summary>The service's <c>Build(args)</c>, with whatever the tests add to it.</summary>
    protected abstract WebApplication Build(string[] args);

    private sealed class ServiceDatabase(string namePrefix) : PostgresDatabaseFixture
    {
        protected override string NamePrefix => namePrefix;
    }
}
