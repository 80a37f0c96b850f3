using Graph.Testing;
using Graph.Types.Tests.CodeFirst.Commerce;

namespace Graph.Types.Tests.CodeFirst;

/// <summary>The SDL a code-first subgraph exports: names, descriptions, nullability, directives, type order.</summary>
public sealed class CodeFirstSdlTests
{
    private const string TagDirective = "directive @tag(name: String!) repeatable on OBJECT | FIELD_DEFINITION";

    [Fact]
    public void Commerce_Sample_Should_Print_The_Expected_Sdl()
    {
        var schema = new SchemaBuilder()
            .AddSdl(TagDirective)
            .AddTypes([typeof(Product).Assembly], t => t.Namespace == typeof(Product).Namespace)
            .Build();

        var expected = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "tests", "Graph.Types.Tests", "CodeFirst", "Commerce.graphql"));
        schema.ToSdl().Should().Be(expected.ReplaceLineEndings("\n").TrimEnd('\n'));
    }

    [Fact]
    public void Registration_Order_Should_Not_Matter()
    {
        var byAssembly = new SchemaBuilder().AddSdl(TagDirective)
            .AddTypes([typeof(Product).Assembly], t => t.Namespace == typeof(Product).Namespace).Build().ToSdl();
        var oneByOne = new SchemaBuilder().AddSdl(TagDirective)
            .AddType(typeof(CategoryQueries)).AddType(typeof(ProductMutations)).AddType(typeof(ProductNode))
            .AddType(typeof(ProductQueries)).AddType(typeof(ProductSubscriptions))
            .Build().ToSdl();

        oneByOne.Should().Be(byAssembly);
    }

    [Fact]
    public void Code_First_Root_Fields_Should_Join_An_Sdl_Query_Type()
    {
        var schema = new SchemaBuilder()
            .AddSdl("type Query { version: String! }")
            .BindResolver("Query", "version", _ => new ValueTask<object?>("1.0"))
            .AddQueryType(typeof(ClockFields))
            .Build();

        schema.ToSdl().Should().Be(""""
            type Query {
              version: String!
              today: Date!
            }

            """
            A calendar date without time, as an RFC 3339 full-date string (for example `2024-05-01`).
            """
            scalar Date @specifiedBy(url: "https://scalars.graphql.org/andimarek/local-date")
            """");
    }

    [Fact]
    public void Sdl_Types_Should_Be_Referenced_By_Name_Not_Inferred_Again()
    {
        var schema = new SchemaBuilder()
            .AddSdl("type Money { amount: Decimal! currency: String! } scalar Decimal")
            .AddQueryType(typeof(PriceFields))
            .Build();

        schema.ToSdl().Should().Be("""
            type Money {
              amount: Decimal!
              currency: String!
            }

            scalar Decimal

            type Query {
              price: Money!
            }
            """);
    }

    [Fact]
    public void Interfaces_Should_Be_Implemented_By_Classes_Of_The_Registered_Assembly()
    {
        var schema = new SchemaBuilder().AddQueryType(typeof(DiscountFields)).Build();

        schema.GetType<ObjectType>("FixedDiscount").Interfaces.Select(i => i.Name).Should().Equal("Discount");
        schema.GetPossibleTypes(schema.GetType<InterfaceType>("Discount")).Select(t => t.Name).Should().BeEquivalentTo("FixedDiscount", "PercentageDiscount");
    }

    public static class ClockFields
    {
        public static DateOnly GetToday() => new(2024, 5, 1);
    }

    public static class PriceFields
    {
        public static Money GetPrice() => new(1m, "EUR");
    }

    public static class DiscountFields
    {
        public static IDiscount[] GetDiscounts() => [];
    }
}
