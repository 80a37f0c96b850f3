using FluentAssertions;
using Graph.Catalog.Tests.Support;
using Graph.ServiceDefaults;
using Graph.Testing;
using Xunit;

namespace Graph.Catalog.Tests;

/// <summary>The checked-in <c>schema/subgraphs/catalog.graphql</c> is what the code serves (the gateway composes from it).</summary>
[Collection(CatalogServiceCollection.Name)]
public sealed class SchemaFileTests(CatalogServiceFixture service)
{
    public const string ExportCommand = "dotnet run --project subgraphs/Catalog -- schema export --output schema/subgraphs/catalog.graphql";

    [Fact]
    public void The_Checked_In_Sdl_Should_Equal_The_Schema_The_Code_Serves()
    {
        var path = Path.Combine(RepositoryPaths.Root, "schema", "subgraphs", "catalog.graphql");
        var expected = GraphQLCommandsExtensions.ExportSchema(service.Host.Services);

        File.Exists(path).Should().BeTrue($"the SDL is exported to {path}; run `{ExportCommand}`");
        File.ReadAllText(path).Should().Be(expected, $"the checked-in SDL is stale; run `{ExportCommand}` and commit the file");
    }

    /// <summary>Types whose descriptions are not the Catalog's: the root types.</summary>
    private static readonly string[] NotOwned = ["Query", "Mutation"];

    [Fact]
    public void Every_Type_And_Field_Of_The_Catalog_Should_Be_Described()
    {
        var sdl = GraphQLCommandsExtensions.ExportSchema(service.Host.Services);
        var lines = sdl.Split('\n');
        var undescribed = new List<string>();
        var owned = true;
        for (var i = 1; i < lines.Length; i++)
        {
            var line = lines[i];
            if (!line.StartsWith(' ') && line.Length > 0 && !line.StartsWith('"') && !line.StartsWith('}'))
            {
                owned = !NotOwned.Contains(line.Split(' ', 3)[1].TrimEnd('{'));
            }

            if (!owned)
            {
                continue;
            }

            var isTypeOrField = line.StartsWith("type ", StringComparison.Ordinal) || line.StartsWith("input ", StringComparison.Ordinal)
                || line.StartsWith("enum ", StringComparison.Ordinal) || line.StartsWith("union ", StringComparison.Ordinal)
                || (line.StartsWith("  ", StringComparison.Ordinal) && !line.StartsWith("   ", StringComparison.Ordinal) && char.IsLetter(line[2]) && line.Contains(':'));
            if (isTypeOrField && !lines[i - 1].TrimEnd().EndsWith("\"\"\"", StringComparison.Ordinal) && !lines[i - 1].TrimEnd().EndsWith('"'))
            {
                undescribed.Add(line.Trim());
            }
        }

        undescribed.Should().BeEmpty();
    }
}
