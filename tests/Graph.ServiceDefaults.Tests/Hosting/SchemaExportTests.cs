using FluentAssertions;
using Graph.ServiceDefaults.Tests.TestService;
using Graph.Testing.Services;
using Xunit;

namespace Graph.ServiceDefaults.Tests.Hosting;

public sealed class SchemaExportTests
{
    // Nothing listens on port 1: any attempt to reach the database would fail the export.
    private const string UnreachableDatabase = "--ConnectionStrings:notes=Host=127.0.0.1;Port=1;Database=nowhere;Timeout=1";

    [Fact]
    public async Task Schema_Export_Should_Write_The_Served_Sdl_Without_Touching_The_Database()
    {
        var file = Path.Combine(Path.GetTempPath(), $"notes-{Guid.NewGuid():N}.graphql");
        try
        {
            string[] args = ["schema", "export", "--output", file, UnreachableDatabase, "--Kafka:BootstrapServers=127.0.0.1:1"];

            var exitCode = await NotesService.Build(args).RunWithGraphQLCommandsAsync(args);

            exitCode.Should().Be(0);
            var exported = await File.ReadAllTextAsync(file);
            exported.Should().Contain("type Query").And.Contain("hello: String!").And.Contain("me: Caller");

            await using var database = await MissingDatabase.CreateAsync();
            await using var host = await ServiceHost.StartAsync(a => NotesService.Build(a), new Dictionary<string, string?> { ["ConnectionStrings:notes"] = database.ConnectionString });
            var served = await host.Client.GetStringAsync("/graphql/schema.graphql");
            exported.Should().Be(served);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public async Task Schema_Export_Without_Output_Should_Print_To_Standard_Output()
    {
        string[] args = ["schema", "export", UnreachableDatabase];
        var original = Console.Out;
        using var captured = new StringWriter();
        Console.SetOut(captured);
        try
        {
            (await NotesService.Build(args).RunWithGraphQLCommandsAsync(args)).Should().Be(0);
        }
        finally
        {
            Console.SetOut(original);
        }

        captured.ToString().Should().Contain("type Query").And.Contain("hello: String!");
    }
}
