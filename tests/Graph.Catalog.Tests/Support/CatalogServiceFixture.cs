using Graph.Catalog.Infrastructure;
using Graph.Testing.Services;
using Microsoft.AspNetCore.Builder;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Xunit;

namespace Graph.Catalog.Tests.Support;

/// <summary>
/// The Catalog service as <c>./graph up</c> runs it, on real HTTP: its own PostgreSQL database (migrated and seeded
/// with the demo data by the service itself), its own Redis and the Kafka mock cluster, JWTs from <see cref="Tokens"/>.
/// An EF interceptor (<see cref="Sql"/>) records the SQL the service runs. Tests create rows of their own.
/// </summary>
public sealed class CatalogServiceFixture() : ServiceFixture("catalog")
{
    public TestTokens Tokens { get; } = new();

    public SqlCommandCounter Sql { get; } = new();

    public string AdminToken => Tokens.Create(Guid.NewGuid(), ["admin"]);

    public string CustomerToken => Tokens.Create(Guid.NewGuid(), ["customer"]);

    protected override IReadOnlyDictionary<string, string?> Settings => Tokens.Settings;

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        Tokens.Dispose();
    }

    protected override WebApplication Build(string[] args) =>
        CatalogService.Build(args, builder => builder.Services.ConfigureDbContext<CatalogDb>(o => o.AddInterceptors(Sql)));

    /// <summary>A fresh context on the service's database (no outbox), for arranging and checking rows.</summary>
    public CatalogDb CreateDb() => new(new DbContextOptionsBuilder<CatalogDb>().UseNpgsql(ConnectionString).Options);

    /// <summary>One value straight from the database.</summary>
    public async Task<T> ScalarAsync<T>(string sql, params object[] parameters)
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        for (var i = 0; i < parameters.Length; i++)
        {
            command.Parameters.AddWithValue("p" + i, parameters[i]);
        }

        return (T)(await command.ExecuteScalarAsync())!;
    }

    public Task<long> CountAsync(string table, string? where = null, params object[] parameters) =>
        ScalarAsync<long>($"SELECT count(*) FROM {table}" + (where is null ? "" : " WHERE " + where), parameters);
}

/// <summary>The test classes that share one running Catalog service.</summary>
[CollectionDefinition(Name)]
public sealed class CatalogServiceCollection : ICollectionFixture<CatalogServiceFixture>
{
    public const string Name = "Catalog service";
}
