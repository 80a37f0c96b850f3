using FluentAssertions;
using Graph.ServiceDefaults;
using Graph.Testing.Schema;
using Xunit;

namespace Graph.Users.Tests.Schema;

/// <summary>The checked-in <c>schema/subgraphs/users.graphql</c> is what the code serves, and all of it is described.</summary>
public sealed class SchemaFileTests
{
    [Fact]
    public async Task The_Checked_In_Sdl_Should_Equal_What_The_Code_Produces()
    {
        await using var app = UsersService.Build([]);

        CheckedInSdl.AssertCurrent(app.Services, "users", "subgraphs/Users");
    }

    [Fact]
    public async Task Every_Type_And_Field_Of_The_Users_Schema_Should_Be_Described()
    {
        await using var app = UsersService.Build([]);
        var sdl = GraphQLCommandsExtensions.ExportSchema(app.Services);

        SdlDescriptions.Undescribed(sdl).Should().BeEmpty();
    }
}
