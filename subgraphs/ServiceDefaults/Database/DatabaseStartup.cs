using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace Graph.ServiceDefaults.Database;

/// <summary>
/// Migrates (and seeds, when <c>DemoData:Enabled</c>) before anything else starts: it runs in
/// <see cref="IHostedLifecycleService.StartingAsync"/>, which the host calls before any hosted service's
/// <c>StartAsync</c> (outbox relay, consumers) and before the server listens.
/// </summary>
internal sealed class DatabaseStartup<TDb>(
    IServiceScopeFactory scopes,
    IConfiguration configuration,
    ServiceDatabaseRegistration<TDb> registration,
    ILogger<DatabaseStartup<TDb>> logger,
    ILogger<SqlMigrationRunner> runnerLogger) : IHostedLifecycleService
    where TDb : DbContext
{
    public const string DemoDataKey = "DemoData:Enabled";

    public const string ServerWaitTimeoutKey = "Database:ServerWaitTimeout";

    /// <summary>"graph_se" as a 64-bit number: another key than the migrations' lock.</summary>
    private const long SeedLockKey = 0x67726170685F7365;

    public async Task StartingAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TDb>();
        var migrations = registration.MigrationsFor(db.Model);
        var runner = new SqlMigrationRunner(runnerLogger)
        {
            ServerWaitTimeout = configuration.GetValue(ServerWaitTimeoutKey, TimeSpan.FromSeconds(30)),
        };
        var applied = await runner
            .ApplyAsync(registration.ConnectionString(), migrations, cancellationToken)
            .ConfigureAwait(false);
        logger.LogInformation("Database of {DbContext} is at version {Version} ({Applied} applied now)", typeof(TDb).Name, migrations.Count == 0 ? 0 : migrations[^1].Version, applied.Count);

        if (!configuration.GetValue<bool>(DemoDataKey))
        {
            return;
        }

        var seeders = scope.ServiceProvider.GetServices<IDatabaseSeeder<TDb>>().ToList();
        if (seeders.Count == 0)
        {
            return;
        }

        // Replicas starting together seed one after the other: an idempotent seeder that checks before it inserts
        // would otherwise race its twin into a unique violation and stop start-up.
        await using var seedLock = new NpgsqlConnection(registration.ConnectionString());
        await seedLock.OpenAsync(cancellationToken).ConfigureAwait(false);
        await ExecuteAsync(seedLock, $"SELECT pg_advisory_lock({SeedLockKey})", cancellationToken).ConfigureAwait(false);
        try
        {
            foreach (var seeder in seeders)
            {
                db.ChangeTracker.Clear();
                logger.LogInformation("Seeding {DbContext} with {Seeder}", typeof(TDb).Name, seeder.GetType().Name);
                await seeder.SeedAsync(db, cancellationToken).ConfigureAwait(false);
            }
        }
        finally
        {
            await ExecuteAsync(seedLock, $"SELECT pg_advisory_unlock({SeedLockKey})", CancellationToken.None).ConfigureAwait(false);
        }
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
