using FluentAssertions;
using Xunit;

namespace Graph.DevHost.Tests;

public sealed class ServiceManifestTests : IDisposable
{
    private readonly string _file = Path.GetTempFileName();

    [Fact]
    public void Load_Should_Read_Services_With_Their_Environment()
    {
        File.WriteAllText(_file, """
            [ { "name": "users", "url": "http://127.0.0.1:5101", "command": "dotnet",
                "arguments": ["{Root}/subgraphs/Users/bin/Users.dll"],
                "environment": { "ConnectionStrings__Postgres": "{Postgres};Database=users" } } ]
            """);

        var service = ServiceManifest.Load(_file).Single();

        service.Name.Should().Be("users");
        service.Arguments.Should().Equal("{Root}/subgraphs/Users/bin/Users.dll");
        service.Environment!["ConnectionStrings__Postgres"].Should().Be("{Postgres};Database=users");
    }

    [Fact]
    public void Load_Should_Reject_A_Service_Named_Twice()
    {
        File.WriteAllText(_file, """
            [ { "name": "users", "url": "u", "command": "c", "arguments": [] },
              { "name": "Users", "url": "u", "command": "c", "arguments": [] } ]
            """);

        var load = () => ServiceManifest.Load(_file);

        load.Should().Throw<InvalidDataException>().WithMessage("*'users' twice*");
    }

    [Fact]
    public void Load_Should_Reject_Unknown_Properties_So_Typos_Do_Not_Pass_Silently()
    {
        File.WriteAllText(_file, """[ { "name": "users", "url": "u", "command": "c", "arguments": [], "enviroment": {} } ]""");

        var load = () => ServiceManifest.Load(_file);

        load.Should().Throw<System.Text.Json.JsonException>();
    }

    [Fact]
    public void The_Checked_In_Manifest_Should_Load()
    {
        var manifest = Path.Combine(Graph.Testing.RepositoryPaths.Root, "tools", "Graph.DevHost", "services.json");

        var load = () => ServiceManifest.Load(manifest);

        load.Should().NotThrow();
    }

    public void Dispose() => File.Delete(_file);
}
