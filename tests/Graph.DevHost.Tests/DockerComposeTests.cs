using System.Text.RegularExpressions;
using FluentAssertions;
using Graph.Testing;
using Xunit;

namespace Graph.DevHost.Tests;

/// <summary>
/// No Docker engine runs here, so docker-compose.yml is checked by reading it: every service has
/// a health check, ports bind to loopback and are unique, and every service `./graph up` starts
/// (the storefront included) appears in it under the same port.
/// </summary>
public sealed partial class DockerComposeTests
{
    private static readonly string Compose = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "docker-compose.yml"));

    [Fact]
    public void Every_Compose_Service_Should_Have_A_Health_Check()
    {
        foreach (var (name, body) in Services())
        {
            body.Should().Contain("healthcheck:", $"service '{name}' needs a health check");
        }
    }

    [Fact]
    public void Published_Ports_Should_Bind_Loopback_And_Be_Unique()
    {
        var ports = PublishedPort().Matches(Compose).Select(m => m.Groups["host"].Value).ToList();

        ports.Should().NotBeEmpty().And.OnlyHaveUniqueItems();
        AnyPort().Matches(Compose).Count.Should().Be(ports.Count, "every published port is bound to 127.0.0.1");
    }

    [Fact]
    public void Infrastructure_Should_Include_Postgres_Redis_Kafka_In_KRaft_Mode_And_A_Collector()
    {
        var names = Services().Select(s => s.Name).ToList();

        names.Should().Contain(["postgres", "redis", "kafka", "otel-collector"]);
        Services().Single(s => s.Name == "kafka").Body.Should().Contain("KAFKA_PROCESS_ROLES: broker,controller");
    }

    [Fact]
    public void Every_Service_Of_Graph_Up_Should_Be_In_Compose_On_The_Same_Port()
    {
        var manifest = ServiceManifest.Load(Path.Combine(RepositoryPaths.Root, "tools", "Graph.DevHost", "services.json"));
        var compose = Services().ToDictionary(s => s.Name, s => s.Body, StringComparer.OrdinalIgnoreCase);

        foreach (var service in manifest)
        {
            compose.Should().ContainKey(service.Name);
            var port = new Uri(service.Url).Port.ToString(System.Globalization.CultureInfo.InvariantCulture);
            compose[service.Name].Should().Contain($"127.0.0.1:{port}:", $"{service.Name} listens on {service.Url} under ./graph up");
        }
    }

    [Fact]
    public void The_Storefront_Should_Be_In_Compose_On_The_Port_Graph_Up_Serves_It_Built_From_Its_Dockerfile()
    {
        var graphScript = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "graph"));
        var port = WebPortDefault().Match(graphScript).Groups["port"].Value;
        var storefront = Services().Single(s => s.Name == "storefront").Body;
        var dockerfile = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "deploy", "storefront.Dockerfile"));

        port.Should().NotBeEmpty("./graph up serves the storefront on GRAPH_WEB_PORT's default");
        storefront.Should().Contain($"\"127.0.0.1:{port}:8080\"").And.Contain("dockerfile: deploy/storefront.Dockerfile")
            .And.Contain("WebHost__Gateway: http://gateway:8080/");
        dockerfile.Should().Contain("npm run build").And.Contain("tools/Graph.WebHost/Graph.WebHost.csproj").And.Contain("WebHost__Root=");
    }

    private static IEnumerable<(string Name, string Body)> Services()
    {
        var section = Compose[(Compose.IndexOf("\nservices:\n", StringComparison.Ordinal) + 11)..];
        var end = section.IndexOf("\nvolumes:", StringComparison.Ordinal);
        section = end < 0 ? section : section[..end];
        var starts = ServiceName().Matches(section).ToList();
        for (var i = 0; i < starts.Count; i++)
        {
            var bodyEnd = i + 1 < starts.Count ? starts[i + 1].Index : section.Length;
            yield return (starts[i].Groups["name"].Value, section[starts[i].Index..bodyEnd]);
        }
    }

    [GeneratedRegex(@"WEB_PORT=""\$\{GRAPH_WEB_PORT:-(?<port>\d+)\}""")]
    private static partial Regex WebPortDefault();

    [GeneratedRegex(@"^  (?<name>[a-z][a-z0-9-]*):\s*$", RegexOptions.Multiline)]
    private static partial Regex ServiceName();

    [GeneratedRegex(@"- ""127\.0\.0\.1:(?<host>\d+):\d+""")]
    private static partial Regex PublishedPort();

    [GeneratedRegex(@"^\s+- ""[^""]*:\d+""\s*$", RegexOptions.Multiline)]
    private static partial Regex AnyPort();
}
