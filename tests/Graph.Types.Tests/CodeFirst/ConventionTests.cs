using System.Text.Json;
using Graph.Types.CodeFirst;
using Graph.Types.Tests.CodeFirst.Commerce;

namespace Graph.Types.Tests.CodeFirst;

/// <summary>HotChocolate's naming and nullability conventions, as tables.</summary>
public sealed class ConventionTests
{
    [Theory]
    [InlineData("GetProductById", "productById")]
    [InlineData("GetProductByIdAsync", "productById")]
    [InlineData("ProductsAsync", "products")]
    [InlineData("Getaway", "getaway")]
    [InlineData("Get", "get")]
    [InlineData("Async", "async")]
    [InlineData("URLPath", "urlPath")]
    [InlineData("ID", "id")]
    [InlineData("Id", "id")]
    [InlineData("isActive", "isActive")]
    public void Method_Names_Should_Become_Field_Names(string method, string field)
    {
        Naming.CamelCase(Naming.StripAffixes(method)).Should().Be(field);
    }

    [Theory]
    [InlineData("InStock", "IN_STOCK")]
    [InlineData("Draft", "DRAFT")]
    [InlineData("HTTPError", "HTTP_ERROR")]
    [InlineData("Item2", "ITEM2")]
    [InlineData("PAID", "PAID")]
    [InlineData("payment_failed", "PAYMENT_FAILED")]
    public void Enum_Members_Should_Become_Upper_Snake_Case(string member, string value)
    {
        Naming.UpperSnakeCase(member).Should().Be(value);
    }

    [Theory]
    [InlineData(typeof(Product), "Product", "ProductInput")]
    [InlineData(typeof(AddProductInput), "AddProductInput", "AddProductInput")]
    [InlineData(typeof(IDiscount), "Discount", "DiscountInput")]
    [InlineData(typeof(Edge<Product>), "ProductEdge", "ProductEdgeInput")]
    [InlineData(typeof(Renamed), "Article", "Article")]
    public void Type_Names_Should_Follow_The_Conventions(Type type, string output, string input)
    {
        Naming.TypeName(type).Should().Be(output);
        Naming.InputTypeName(type).Should().Be(input);
    }

    [Theory]
    [InlineData("nullableString", "String")]
    [InlineData("string", "String!")]
    [InlineData("items", "[Item!]!")]
    [InlineData("maybeItems", "[Item]")]
    [InlineData("item", "Item")]
    [InlineData("requiredItem", "Item!")]
    [InlineData("nullableInt", "Int")]
    [InlineData("ints", "[Int!]!")]
    [InlineData("nullableStrings", "[String]!")]
    [InlineData("long", "Long!")]
    [InlineData("float", "Float!")]
    [InlineData("double", "Float!")]
    [InlineData("decimal", "Decimal!")]
    [InlineData("guid", "UUID!")]
    [InlineData("id", "ID!")]
    [InlineData("ids", "[ID!]!")]
    [InlineData("stringId", "ID")]
    [InlineData("dateTime", "DateTime!")]
    [InlineData("dateTimeOffset", "DateTime!")]
    [InlineData("date", "Date!")]
    [InlineData("url", "URL!")]
    [InlineData("json", "JSON!")]
    [InlineData("boolean", "Boolean!")]
    [InlineData("short", "Int!")]
    [InlineData("status", "ProductStatus!")]
    [InlineData("nestedLists", "[[Int!]!]!")]
    [InlineData("explicitType", "[Item!]")]
    [InlineData("streamed", "[Int!]!")]
    public void Clr_Types_Should_Map_To_GraphQL_Types(string field, string type)
    {
        var schema = new SchemaBuilder().AddQueryType(typeof(TypeTable)).Build();

        schema.QueryType.Fields[field].Type.ToString().Should().Be(type);
    }

    [Theory]
    [InlineData("required", "String!", null)]
    [InlineData("optional", "String", null)]
    [InlineData("withDefault", "Int!", "5")]
    [InlineData("enumDefault", "ProductStatus!", "IN_STOCK")]
    [InlineData("nullableWithDefault", "Int", "3")]
    [InlineData("decimalDefault", "Decimal!", "\"1.5\"")]
    [InlineData("nullDefault", "String", null)]
    public void Parameters_Should_Map_Nullability_And_Defaults(string argument, string type, string? defaultValue)
    {
        var schema = new SchemaBuilder().AddQueryType(typeof(ArgumentTable)).Build();

        var arg = schema.QueryType.Fields["search"].Arguments[argument];
        arg.Type.ToString().Should().Be(type);
        (arg.DefaultValue is null ? null : SyntaxPrinter.Print(arg.DefaultValue)).Should().Be(defaultValue);
    }

    public sealed record Item(string Name);

    public sealed record Edge<T>(T Node, string Cursor);

    [GraphQLName("Article")]
    public sealed record Renamed(string Title);

    public static class TypeTable
    {
        public static string? NullableString => null;

        public static string String => "";

        public static List<Item> Items => [];

        public static List<Item?>? MaybeItems => null;

        public static Task<Item?> GetItemAsync() => Task.FromResult<Item?>(null);

        public static ValueTask<Item> GetRequiredItemAsync() => default;

        public static int? NullableInt => null;

        public static int[] Ints => [];

        public static IEnumerable<string?> NullableStrings => [];

        public static long Long => 0;

        public static float Float => 0;

        public static double Double => 0;

        public static decimal Decimal => 0;

        public static Guid Guid => Guid.Empty;

        [ID]
        public static Guid Id => Guid.Empty;

        [ID]
        public static IReadOnlyList<int> Ids => [];

        [ID]
        public static string? StringId => null;

        public static DateTime DateTime => default;

        public static DateTimeOffset DateTimeOffset => default;

        public static DateOnly Date => default;

        public static Uri Url => new("https://example.com");

        public static JsonElement Json => default;

        public static bool Boolean => false;

        public static short Short => 0;

        public static ProductStatus Status => ProductStatus.Draft;

        public static int[][] NestedLists => [];

        [GraphQLType("[Item!]")]
        public static object? ExplicitType => null;

        public static async IAsyncEnumerable<int> Streamed()
        {
            await Task.Yield();
            yield return 1;
        }
    }

    public static class ArgumentTable
    {
        public static string Search(
            string required,
            string? optional,
            int withDefault = 5,
            ProductStatus enumDefault = ProductStatus.InStock,
            int? nullableWithDefault = 3,
            decimal decimalDefault = 1.5m,
            string? nullDefault = null) => required;
    }
}
