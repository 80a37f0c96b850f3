using FluentAssertions;
using Graph.Orders.Tests.Support;
using Graph.ServiceDefaults;
using Graph.Testing.Http;
using Graph.Testing.Schema;
using Xunit;
using Xunit.Abstractions;

namespace Graph.Orders.Tests;

/// <summary>The checked-in <c>schema/subgraphs/orders.graphql</c> is what the code serves; the HTTP endpoint conforms.</summary>
[Collection(OrdersSystemCollection.Name)]
public sealed class SchemaFileTests(OrdersSystemFixture system, ITestOutputHelper output)
{
    [Fact]
    public void The_Checked_In_Sdl_Should_Equal_The_Schema_The_Code_Serves()
    {
        CheckedInSdl.AssertCurrent(system.Orders.Services, "orders", "subgraphs/Orders");
    }

    [Fact]
    public void Every_Type_And_Field_Of_Orders_Should_Be_Described()
    {
        var sdl = GraphQLCommandsExtensions.ExportSchema(system.Orders.Services);

        SdlDescriptions.Undescribed(sdl).Should().BeEmpty();
    }

    [Fact]
    public void The_Graphql_Http_Audit_Should_Pass_Every_Must_Should_And_May_Against_Orders()
    {
        GraphQLHttpAudit.AssertConforms(system.Orders.GraphQLEndpoint, output.WriteLine);
    }
}
