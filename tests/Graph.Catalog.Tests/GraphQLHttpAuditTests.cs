using System.Text.Json;
using FluentAssertions;
using Graph.Catalog.Tests.Support;
using Graph.Testing;
using Graph.Testing.Node;
using Xunit;
using Xunit.Abstractions;

namespace Graph.Catalog.Tests;

/// <summary>The npm <c>graphql-http</c> package's server audit against the running Catalog service.</summary>
[Collection(CatalogServiceCollection.Name)]
public sealed class GraphQLHttpAuditTests(CatalogServiceFixture service, ITestOutputHelper output)
{
    private sealed record Audit(string Id, string Name, string Status, string? Reason);

    [Fact]
    public void The_Graphql_Http_Audit_Should_Pass_Every_Must_Should_And_May_Against_Catalog()
    {
        var script = Path.Combine(RepositoryPaths.Root, "tests", "Graph.AspNetCore.Tests", "Http", "js", "audit.mjs");

        var line = NodeScript.RunJsonLines(script, [service.Host.GraphQLEndpoint.ToString()]).Single();
        var audits = JsonSerializer.Deserialize<List<Audit>>(line, new JsonSerializerOptions(JsonSerializerDefaults.Web))!;

        foreach (var audit in audits.Where(a => a.Status != "ok"))
        {
            output.WriteLine($"{audit.Id} {audit.Status}: {audit.Name}: {audit.Reason}");
        }

        audits.Should().HaveCountGreaterThan(40);
        audits.Should().OnlyContain(a => a.Status == "ok");
    }
}
