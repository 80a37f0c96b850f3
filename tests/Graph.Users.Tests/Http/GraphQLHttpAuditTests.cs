using System.Text.Json;
using FluentAssertions;
using Graph.Testing;
using Graph.Testing.Node;
using Graph.Users.Tests.Support;
using Xunit;
using Xunit.Abstractions;

namespace Graph.Users.Tests.Http;

/// <summary>The npm <c>graphql-http</c> server audit against the running Users service: every MUST and SHOULD passes.</summary>
[Collection(UsersServiceCollection.Name)]
public sealed class GraphQLHttpAuditTests(UsersServiceFixture service, ITestOutputHelper output)
{
    private sealed record Audit(string Id, string Name, string Status, string? Reason);

    [Fact]
    public void The_Graphql_Http_Audit_Should_Pass_Every_Must_And_Should_Against_Users()
    {
        var script = Path.Combine(RepositoryPaths.Root, "tests", "Graph.AspNetCore.Tests", "Http", "js", "audit.mjs");

        var line = NodeScript.RunJsonLines(script, [service.Host.GraphQLEndpoint.ToString()]).Single();
        var audits = JsonSerializer.Deserialize<List<Audit>>(line, new JsonSerializerOptions(JsonSerializerDefaults.Web))!;

        foreach (var audit in audits.Where(a => a.Status != "ok"))
        {
            output.WriteLine($"{audit.Id} {audit.Status}: {audit.Name}: {audit.Reason}");
        }

        audits.Should().HaveCountGreaterThan(40);
        audits.Where(a => a.Name.StartsWith("MUST", StringComparison.Ordinal) || a.Name.StartsWith("SHOULD", StringComparison.Ordinal))
            .Should().OnlyContain(a => a.Status == "ok");
    }
}
