using Graph.Testing.Http;
using Graph.Users.Tests.Support;
using Xunit;
using Xunit.Abstractions;

namespace Graph.Users.Tests.Http;

/// <summary>The npm <c>graphql-http</c> server audit (<see cref="GraphQLHttpAudit"/>) against the running Users service.</summary>
[Collection(UsersServiceCollection.Name)]
public sealed class GraphQLHttpAuditTests(UsersServiceFixture service, ITestOutputHelper output)
{
    [Fact]
    public void The_Graphql_Http_Audit_Should_Pass_Every_Must_Should_And_May_Against_Users()
    {
        GraphQLHttpAudit.AssertConforms(service.Host.GraphQLEndpoint, output.WriteLine);
    }
}
