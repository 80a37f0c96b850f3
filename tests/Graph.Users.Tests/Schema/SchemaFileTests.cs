using FluentAssertions;
using Graph.ServiceDefaults;
using Graph.Testing;
using Xunit;

namespace Graph.Users.Tests.Schema;

public sealed class SchemaFileTests
{
    private const string ExportCommand = "dotnet run --project subgraphs/Users -- schema export --output schema/subgraphs/users.graphql";

    [Fact]
    public async Task The_Checked_In_Sdl_Should_Equal_What_The_Code_Produces()
    {
        await using var app = UsersService.Build([]);
        var produced = GraphQLCommandsExtensions.ExportSchema(app.Services);
        var path = Path.Combine(RepositoryPaths.Root, "schema", "subgraphs", "users.graphql");

        File.Exists(path).Should().BeTrue($"schema/subgraphs/users.graphql is missing; run `{ExportCommand}`");
        var checkedIn = await File.ReadAllTextAsync(path);

        checkedIn.Should().Be(produced, $"schema/subgraphs/users.graphql is stale; run `{ExportCommand}` and commit it");
    }

    [Fact]
    public async Task Every_Type_And_Field_Of_The_Users_Schema_Should_Be_Described()
    {
        await using var app = UsersService.Build([]);
        var sdl = GraphQLCommandsExtensions.ExportSchema(app.Services);

        var undescribed = Undescribed(sdl);

        undescribed.Should().BeEmpty();
    }

    /// <summary>
    /// Types (other than the root types) and their fields not preceded by a description.
    /// </summary>
    private static List<string> Undescribed(string sdl)
    {
        string[] definitionKeywords = ["type ", "input ", "enum ", "union ", "interface "];
        string[] notOurs = ["Query", "Mutation", "ApplyPolicy", "_Service", "_Entity"];
        var lines = sdl.Split('\n').Select(l => l.Trim()).ToArray();
        var missing = new List<string>();
        string? currentType = null;
        var depth = 0;
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            var previous = i > 0 ? lines[i - 1] : "";
            var described = previous.EndsWith("\"\"\"", StringComparison.Ordinal) || (previous.StartsWith('"') && previous.EndsWith('"'));
            if (depth == 0 && definitionKeywords.FirstOrDefault(k => line.StartsWith(k, StringComparison.Ordinal)) is { } keyword)
            {
                currentType = line[keyword.Length..].Split(' ', '{', '@')[0];
                if (!described && !notOurs.Contains(currentType))
                {
                    missing.Add(line);
                }
            }
            else if (depth == 1 && currentType is not null && !notOurs.Contains(currentType)
                && line.Length > 0 && !line.StartsWith('"') && !line.StartsWith('}') && !line.StartsWith('_') && !described)
            {
                missing.Add(currentType + "." + line);
            }

            depth += line.Count(c => c is '{' or '(') - line.Count(c => c is '}' or ')');
            if (depth == 0)
            {
                currentType = null;
            }
        }

        return missing;
    }
}
