using FluentAssertions;
using Graph.Notifications.Tests.Support;
using Graph.ServiceDefaults;
using Graph.Testing.Http;
using Graph.Testing.Schema;
using Xunit;
using Xunit.Abstractions;

namespace Graph.Notifications.Tests;

/// <summary>The checked-in SDL is what the code serves, every element is described, and the HTTP transport conforms.</summary>
[Collection(NotificationsServiceCollection.Name)]
public sealed class SchemaFileTests(NotificationsServiceFixture service, ITestOutputHelper output)
{
    [Fact]
    public void The_Checked_In_Sdl_Should_Equal_The_Schema_The_Code_Serves()
    {
        CheckedInSdl.AssertCurrent(service.Host.Services, "notifications", "subgraphs/Notifications");
    }

    [Fact]
    public void Every_Type_And_Field_Of_Notifications_Should_Be_Described()
    {
        var sdl = GraphQLCommandsExtensions.ExportSchema(service.Host.Services);

        SdlDescriptions.Undescribed(sdl).Should().BeEmpty();
    }

    [Fact]
    public void The_Graphql_Http_Audit_Should_Pass_Every_Must_Should_And_May_Against_Notifications()
    {
        GraphQLHttpAudit.AssertConforms(service.Host.GraphQLEndpoint, output.WriteLine);
    }
}
