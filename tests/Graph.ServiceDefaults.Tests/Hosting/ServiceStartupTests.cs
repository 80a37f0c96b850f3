using System.Net;
using System.Text.Json;
using FluentAssertions;
using Graph.ServiceDefaults.Tests.TestService;
using Graph.Testing.Services;
using Xunit;

namespace Graph.ServiceDefaults.Tests.Hosting;

public sealed class ServiceStartupTests
{
    private static Dictionary<string, string?> SettingsFor(MissingDatabase database, bool demoData = false) => new()
    {
        ["ConnectionStrings:notes"] = database.ConnectionString,
        ["DemoData:Enabled"] = demoData ? "true" : "false",
    };

    [Fact]
    public async Task Start_Should_Create_And_Migrate_The_Database_Before_Serving()
    {
        await using var database = await MissingDatabase.CreateAsync();

        await using (var host = await ServiceHost.StartAsync(a => NotesService.Build(a), SettingsFor(database)))
        {
            using var response = await host.PostAsync("{ hello }");
            response.Get("hello").GetString().Should().Be("Hello");
        }

        (await database.ScalarAsync<string>("SELECT string_agg(version::text, ',' ORDER BY version) FROM schema_migrations")).Should().Be("0,1,2");
        (await database.ScalarAsync<long>("SELECT count(*) FROM information_schema.tables WHERE table_name IN ('outbox_messages', 'inbox_messages')")).Should().Be(2);
    }

    [Fact]
    public async Task A_Second_Start_Should_Apply_Nothing()
    {
        await using var database = await MissingDatabase.CreateAsync();
        await using (await ServiceHost.StartAsync(a => NotesService.Build(a), SettingsFor(database)))
        {
        }

        var firstApplied = await database.ScalarAsync<DateTime>("SELECT max(applied_at) FROM schema_migrations");
        await using (await ServiceHost.StartAsync(a => NotesService.Build(a), SettingsFor(database)))
        {
        }

        (await database.ScalarAsync<long>("SELECT count(*) FROM schema_migrations")).Should().Be(3);
        (await database.ScalarAsync<DateTime>("SELECT max(applied_at) FROM schema_migrations")).Should().Be(firstApplied);
    }

    [Fact]
    public async Task Start_Should_Fail_When_An_Applied_Script_Was_Changed()
    {
        await using var database = await MissingDatabase.CreateAsync();
        await using (await ServiceHost.StartAsync(a => NotesService.Build(a), SettingsFor(database)))
        {
        }

        await database.ExecuteAsync("UPDATE schema_migrations SET checksum = 'recorded-before-an-edit' WHERE version = 2");

        var start = () => ServiceHost.StartAsync(a => NotesService.Build(a), SettingsFor(database));

        (await start.Should().ThrowAsync<Graph.ServiceDefaults.Database.SqlMigrationException>()).Which.Message.Should().Contain("0002_add_note_author");
    }

    [Fact]
    public async Task Seeders_Should_Run_After_Migrations_Only_When_Demo_Data_Is_Enabled()
    {
        await using var without = await MissingDatabase.CreateAsync();
        await using var with = await MissingDatabase.CreateAsync();

        await using (await ServiceHost.StartAsync(a => NotesService.Build(a), SettingsFor(without, demoData: false)))
        {
        }

        await using (await ServiceHost.StartAsync(a => NotesService.Build(a), SettingsFor(with, demoData: true)))
        {
        }

        await using (await ServiceHost.StartAsync(a => NotesService.Build(a), SettingsFor(with, demoData: true)))
        {
        }

        (await without.ScalarAsync<long>("SELECT count(*) FROM notes")).Should().Be(0);
        (await with.ScalarAsync<string>("SELECT string_agg(text || '/' || author, ',') FROM notes")).Should().Be("Welcome/seed");
    }

    [Fact]
    public async Task Two_Replicas_Starting_Together_Should_Migrate_And_Seed_Once()
    {
        await using var database = await MissingDatabase.CreateAsync();

        var hosts = await Task.WhenAll(
            Task.Run(() => ServiceHost.StartAsync(a => NotesService.Build(a), SettingsFor(database, demoData: true))),
            Task.Run(() => ServiceHost.StartAsync(a => NotesService.Build(a), SettingsFor(database, demoData: true))));
        foreach (var host in hosts)
        {
            await host.DisposeAsync();
        }

        (await database.ScalarAsync<long>("SELECT count(*) FROM schema_migrations")).Should().Be(3);
        (await database.ScalarAsync<long>("SELECT count(*) FROM notes")).Should().Be(1);
    }

    [Fact]
    public async Task Health_Live_And_Ready_Should_Answer_And_Ready_Should_Fail_When_The_Database_Is_Gone()
    {
        await using var database = await MissingDatabase.CreateAsync();
        await using var host = await ServiceHost.StartAsync(a => NotesService.Build(a), SettingsFor(database));

        using var live = await host.Client.GetAsync("/health/live");
        using var ready = await host.Client.GetAsync("/health/ready");
        live.StatusCode.Should().Be(HttpStatusCode.OK);
        ready.StatusCode.Should().Be(HttpStatusCode.OK);
        using (var body = JsonDocument.Parse(await ready.Content.ReadAsStringAsync()))
        {
            body.RootElement.GetProperty("checks").GetProperty("postgres").GetProperty("status").GetString().Should().Be("Healthy");
        }

        await database.DropAsync();

        using var liveAfter = await host.Client.GetAsync("/health/live");
        using var readyAfter = await host.Client.GetAsync("/health/ready");
        liveAfter.StatusCode.Should().Be(HttpStatusCode.OK);
        readyAfter.StatusCode.Should().Be(HttpStatusCode.ServiceUnavailable);
        (await readyAfter.Content.ReadAsStringAsync()).Should().Contain("\"postgres\"").And.Contain("Unhealthy");
    }
}
