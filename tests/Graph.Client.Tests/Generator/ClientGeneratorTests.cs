using FluentAssertions;
using Xunit;
using Graph.Client.Generator;
using Graph.Client.Tests.Support;
using Graph.Testing.Snapshots;

namespace Graph.Client.Tests.Generator;

public sealed class ClientGeneratorTests
{
    private static readonly CodegenOptions Options = new("Shop.Client", "ShopClient");

    [Fact]
    public void The_Generated_Client_Should_Match_The_Snapshot()
    {
        // Nullability, lists, enums, inputs with defaults, fragments across files, aliases, @include, every scalar,
        // a union with type-specific fragments (polymorphic records) and a subscription.
        var result = ClientGenerator.Generate(TestFiles.Schema, TestFiles.Operations, Options);

        result.Errors.Should().BeEmpty();
        Snapshot.Match(result.Source!);
    }

    [Fact]
    public void Nullability_Should_Follow_The_Schema_Exactly()
    {
        var source = Generate("""
            query Nulls { product(id: "1") { name tags ratings weight } search(text: "x") { ... on Product { id } } }
            """);

        source.Should().Contain("public required Nulls_Product? Product { get; init; }")
            .And.Contain("public required string Name { get; init; }")
            .And.Contain("public required IReadOnlyList<string>? Tags { get; init; }")
            .And.Contain("public required IReadOnlyList<int?> Ratings { get; init; }")
            .And.Contain("public required double? Weight { get; init; }")
            .And.Contain("public required IReadOnlyList<Nulls_Search?>? Search { get; init; }");
    }

    [Fact]
    public void A_Field_Under_Include_Should_Be_Optional_And_Nullable()
    {
        var source = Generate("query Maybe($full: Boolean!) { product(id: \"1\") { featured @include(if: $full) } }");

        source.Should().Contain("public bool? Featured { get; init; }");
    }

    [Fact]
    public void Scalars_Should_Map_To_Their_Dotnet_Types()
    {
        var source = Generate("query Scalars { product(id: \"1\") { price website details addedAt availableFrom stock } me { uuid } }");

        source.Should().Contain("public required decimal Price")
            .And.Contain("public required Uri? Website")
            .And.Contain("public required JsonElement? Details")
            .And.Contain("public required DateTimeOffset AddedAt")
            .And.Contain("public required DateOnly? AvailableFrom")
            .And.Contain("public required long Stock")
            .And.Contain("public required Guid Uuid");
    }

    [Fact]
    public void An_Unknown_Field_Should_Fail_With_The_File_Operation_And_Field()
    {
        var result = ClientGenerator.Generate(TestFiles.Schema,
            [TestFiles.Operation("PlaceOrder", "mutation PlaceOrder {\n  placeOrder(input: { lines: [] }) {\n    order {\n      totl\n    }\n  }\n}")], Options);

        result.Succeeded.Should().BeFalse();
        result.Errors.Should().ContainSingle().Which.ToString().Should().Be(
            "operations/PlaceOrder.graphql(4,7): error GQL0001: Operation 'PlaceOrder': field 'totl': Cannot query field \"totl\" on type \"Order\". Did you mean \"total\"?");
    }

    [Fact]
    public void An_Error_In_A_Fragment_Should_Name_The_Fragments_File()
    {
        var result = ClientGenerator.Generate(TestFiles.Schema,
        [
            TestFiles.Operation("Page", "query Page { product(id: \"1\") { ...Card } }"),
            TestFiles.Operation("Card", "fragment Card on Product {\n  title\n}"),
        ], Options);

        result.Errors.Should().ContainSingle().Which.ToString().Should().StartWith(
            "operations/Card.graphql(2,3): error GQL0001: Fragment 'Card': field 'title': Cannot query field \"title\" on type \"Product\".");
    }

    [Fact]
    public void A_Selection_On_A_Leaf_Field_Should_Name_That_Field()
    {
        var result = ClientGenerator.Generate(TestFiles.Schema, [TestFiles.Operation("Page", "query Page {\n  product(id: \"1\") {\n    price { amount }\n  }\n}")], Options);

        result.Errors.Should().ContainSingle().Which.ToString().Should().StartWith(
            "operations/Page.graphql(3,11): error GQL0001: Operation 'Page': field 'price': Field \"price\" must not have a selection");
    }

    [Fact]
    public void An_Anonymous_Operation_Should_Be_Rejected()
    {
        var result = ClientGenerator.Generate(TestFiles.Schema, [TestFiles.Operation("Anonymous", "{ me { name } }")], Options);

        result.Errors.Should().ContainSingle().Which.Code.Should().Be(CodegenErrorCodes.Naming);
    }

    [Fact]
    public void A_Syntax_Error_Should_Point_At_Its_Position()
    {
        var result = ClientGenerator.Generate(TestFiles.Schema, [TestFiles.Operation("Broken", "query Broken {\n  me {\n}")], Options);

        result.Errors.Should().ContainSingle().Which.ToString().Should().StartWith("operations/Broken.graphql(3,1): error GQL0002: Expected Name, found \"}\".");
    }

    [Fact]
    public void A_Variable_With_A_Default_Should_Be_An_Optional_Parameter()
    {
        var source = Generate("query Page($first: Int = 5, $category: Category!) { products(first: $first, category: $category) { id } }");

        source.Should().Contain("PageAsync(Category category, int? first = null, CancellationToken cancellationToken = default)");
    }

    [Fact]
    public void Records_That_Spread_A_Fragment_Should_Implement_Its_Interface()
    {
        var result = ClientGenerator.Generate(TestFiles.Schema, TestFiles.Operations, Options);

        result.Source.Should().Contain("public interface IProductCard")
            .And.Contain("public sealed record ProductPage_Product : IProductCard")
            .And.Contain("public sealed record Catalog_Products : IProductCard");
    }

    private static string Generate(string operation)
    {
        var result = ClientGenerator.Generate(TestFiles.Schema, [TestFiles.Operation("Test", operation)], Options);
        result.Errors.Should().BeEmpty();
        return result.Source!;
    }
}
