using Graph.Client.Generator;

namespace Graph.Client.Tests.Support;

/// <summary>The small shop schema and operations of the generator tests (Generator/Schema, copied to the output).</summary>
internal static class TestFiles
{
    public static string SchemaDirectory => Path.Combine(AppContext.BaseDirectory, "Generator", "Schema");

    public static string SchemaPath => Path.Combine(SchemaDirectory, "shop.graphql");

    public static GraphQLSourceFile Schema => new("shop.graphql", File.ReadAllText(SchemaPath));

    /// <summary>The operation files, with paths relative to the schema directory, in name order.</summary>
    public static IReadOnlyList<GraphQLSourceFile> Operations =>
        Directory.GetFiles(Path.Combine(SchemaDirectory, "operations"), "*.graphql")
            .Order(StringComparer.Ordinal)
            .Select(path => new GraphQLSourceFile("operations/" + Path.GetFileName(path), File.ReadAllText(path)))
            .ToList();

    public static GraphQLSourceFile Operation(string name, string text) => new($"operations/{name}.graphql", text);
}
