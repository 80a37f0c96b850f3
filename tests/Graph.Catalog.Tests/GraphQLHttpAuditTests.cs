using Graph.Catalog.Tests.Support;
using Graph.Testing.Http;
using Xunit;
using Xunit.Abstractions;

namespace Graph.Catalog.Tests;

/// <summary>The npm <c>graphql-http</c> package's server audit (<see cref="GraphQLHttpAudit"/>) against the running Catalog service.</summary>
[Collection(CatalogServiceCollection.Name)]
public sealed class GraphQLHttpAuditTests(CatalogServiceFixture service, ITestOutputHelper output)
{
    [Fact]
    public void The_Graphql_Http_Audit_Should_Pass_Every_Must_Should_And_May_Against_Catalog()
    {
        GraphQLHttpAudit.AssertConforms(service.Host.GraphQLEndpoint, output.WriteLine);
    }
}
