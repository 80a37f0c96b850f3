using FluentAssertions;
using Graph.Testing.Postgres;
using Npgsql;
using Xunit;

namespace Graph.Messaging.Tests;

/// <summary>The shared PostgreSQL fixture: a database of one's own, gone afterwards even if still in use.</summary>
public sealed class PostgresFixtureTests
{
    [Fact]
    public async Task Database_Should_Be_Empty_Then_Dropped_Even_With_Open_Connections()
    {
        var database = await PostgresServer.CreateDatabaseAsync("fixture check");
        long tables;
        await using var open = new NpgsqlConnection(database.ConnectionString);
        try
        {
            await open.OpenAsync();
            tables = await Database.ScalarAsync<long>(database.ConnectionString, "SELECT count(*) FROM pg_tables WHERE schemaname = 'public'");
        }
        finally
        {
            await database.DisposeAsync();
        }

        database.Name.Should().MatchRegex("^test_fixture_check_[0-9a-f]{12}$");
        tables.Should().Be(0);

        var admin = await PostgresServer.GetAdminConnectionStringAsync();
        (await Database.ScalarAsync<long>(admin, "SELECT count(*) FROM pg_database WHERE datname = @name", ("name", database.Name))).Should().Be(0);
    }
}
