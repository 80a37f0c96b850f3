using FluentAssertions;
using Graph.Catalog.Tests.Support;
using Graph.ServiceDefaults;
using Graph.Testing.Schema;
using Xunit;

namespace Graph.Catalog.Tests;

/// <summary>The checked-in <c>schema/subgraphs/catalog.graphql</c> is what the code serves (the gateway composes from it).</summary>
[Collection(CatalogServiceCollection.Name)]
public sealed class SchemaFileTests(CatalogServiceFixture service)
{
    [Fact]
    public void The_Checked_In_Sdl_Should_Equal_The_Schema_The_Code_Serves()
    {
        CheckedInSdl.AssertCurrent(service.Host.Services, "catalog", "subgraphs/Catalog");
    }

    [Fact]
    public void Every_Type_And_Field_Of_The_Catalog_Should_Be_Described()
    {
        var sdl = GraphQLCommandsExtensions.ExportSchema(service.Host.Services);

        SdlDescriptions.Undescribed(sdl).Should().BeEmpty();
    }
}
