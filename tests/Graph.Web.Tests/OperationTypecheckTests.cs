using FluentAssertions;
using Graph.Testing;
using Xunit;

namespace Graph.Web.Tests;

/// <summary>
/// The storefront's operations against the composed schema: <c>npm run typecheck</c> validates them (naming the
/// operation and field at fault), generates their types with GraphQL Code Generator and runs <c>tsc --noEmit</c>.
/// In the product's collection: codegen rewrites src/gql, which the other tests of the collection read.
/// </summary>
[Collection(StorefrontSystemCollection.Name)]
public sealed class OperationTypecheckTests
{
    [Fact]
    public void The_Storefront_Should_Typecheck_Against_The_Composed_Schema()
    {
        StorefrontBuild.EnsureInstalled();

        var result = NpmRun.Run(StorefrontBuild.Directory, null, "run", "typecheck");

        result.ExitCode.Should().Be(0, result.Output);
    }

    [Fact]
    public void A_Used_Field_Whose_Type_Changed_Should_Fail_The_Typecheck_Naming_The_Operation_And_The_Field()
    {
        StorefrontBuild.EnsureInstalled();
        var copy = Directory.CreateTempSubdirectory("storefront-typecheck-").FullName;
        try
        {
            // The storefront's sources in a scratch folder (its node_modules linked), so the real src/gql is untouched.
            foreach (var file in new[] { "package.json", "codegen.ts", "tsconfig.json", "vite.config.ts" })
            {
                File.Copy(Path.Combine(StorefrontBuild.Directory, file), Path.Combine(copy, file));
            }

            CopyDirectory(Path.Combine(StorefrontBuild.Directory, "src"), Path.Combine(copy, "src"), skip: "gql");
            CopyDirectory(Path.Combine(StorefrontBuild.Directory, "scripts"), Path.Combine(copy, "scripts"), skip: null);
            Directory.CreateSymbolicLink(Path.Combine(copy, "node_modules"), Path.Combine(StorefrontBuild.Directory, "node_modules"));

            // Order.status (an enum the order page shows) becomes an object type, as if Orders changed it and recomposed.
            var schema = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "schema", "composite.graphql"));
            var orderType = schema.IndexOf("\ntype Order {", StringComparison.Ordinal);
            orderType.Should().BePositive("the composed schema has the Order type");
            var status = schema.IndexOf("  status: OrderStatus!\n", orderType, StringComparison.Ordinal);
            var changed = schema[..status] + "  status: OrderStatusChange!\n" + schema[(status + "  status: OrderStatus!\n".Length)..];
            var changedSchema = Path.Combine(copy, "changed.graphql");
            File.WriteAllText(changedSchema, changed);

            var result = NpmRun.Run(copy, new Dictionary<string, string> { ["GRAPH_SCHEMA"] = changedSchema }, "run", "typecheck");

            result.ExitCode.Should().NotBe(0, result.Output);
            result.Output.Should().Contain("operation OrderPage (src/operations/orders.graphql")
                .And.Contain("Field \"status\" of type \"OrderStatusChange!\" must have a selection of subfields");
        }
        finally
        {
            Directory.Delete(copy, recursive: true);
        }
    }

    private static void CopyDirectory(string from, string to, string? skip)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.EnumerateFiles(from))
        {
            File.Copy(file, Path.Combine(to, Path.GetFileName(file)));
        }

        foreach (var directory in Directory.EnumerateDirectories(from).Where(d => Path.GetFileName(d) != skip))
        {
            CopyDirectory(directory, Path.Combine(to, Path.GetFileName(directory)), skip);
        }
    }
}
