using FluentAssertions;
using Graph.Gateway.Caching;
using Graph.Language;
using Xunit;

namespace Graph.Gateway.Tests.Caching;

/// <summary>Which operations are cacheable, for how long and for whom, over a small execution schema (Apollo's rules).</summary>
public sealed class CachePolicyAnalyzerTests
{
    private const string Schema = """
        type Query {
          product(id: ID!): Product
          products: [Product!]! @fusion__cacheControl(maxAge: 30)
          me: User @fusion__cacheControl(maxAge: 20, scope: PRIVATE)
          user(id: ID!): User
          orders: [Order!]!
          search: [SearchResult!]! @fusion__cacheControl(maxAge: 40)
          inherits: Product @fusion__cacheControl(inheritMaxAge: true)
          version: String
        }
        type Mutation { rename(id: ID!): Product }
        type Product @fusion__lookup(schema: A, key: "id", field: "product(id: ID!): Product", map: ["id"]) @fusion__cacheControl(maxAge: 60) {
          id: ID!
          name: String!
          price: Money!
          related: [Product!]!
          owner: User
          orders: [Order!]!
          secret: String @fusion__cacheControl(scope: PRIVATE)
          shortLived: String @fusion__cacheControl(maxAge: 5)
        }
        type Money @fusion__cacheControl(inheritMaxAge: true) { amount: Float! }
        type User @fusion__lookup(schema: B, key: "id", field: "user(id: ID!): User", map: ["id"]) @fusion__cacheControl(maxAge: 120) {
          id: ID!
          name: String!
          email: String @fusion__cacheControl(scope: PRIVATE)
        }
        type Order { id: ID! total: Money! }
        type Article @fusion__lookup(schema: A, key: "id", field: "article(id: ID!): Article", map: ["id"]) @fusion__cacheControl(maxAge: 60) { id: ID! title: String! }
        union SearchResult = Product | Article
        """;

    private static readonly CacheHintIndex Index = CacheHintIndex.Parse(Schema);

    [Theory]
    [InlineData("{ product(id: 1) { name } }", true, 60, false)]
    [InlineData("{ product(id: 1) { name price { amount } } }", true, 60, false)]
    [InlineData("{ product(id: 1) { name shortLived } }", true, 5, false)]
    [InlineData("{ product(id: 1) { name related { name } } }", true, 60, false)]
    [InlineData("{ products { name } }", true, 30, false)]
    [InlineData("{ product(id: 1) { owner { name } } }", true, 60, false)]
    [InlineData("{ product(id: 1) { secret } }", true, 60, true)]
    [InlineData("{ product(id: 1) { owner { email } } }", true, 60, true)]
    [InlineData("{ me { name } }", true, 20, true)]
    [InlineData("{ me { name } product(id: 1) { name } }", true, 20, true)]
    [InlineData("{ search { ... on Product { name } ... on Article { title } } }", true, 40, false)]
    [InlineData("query { product(id: 1) { ...P } } fragment P on Product { name owner { name } }", true, 60, false)]
    [InlineData("{ product(id: 1) { __typename name } }", true, 60, false)]
    [InlineData("{ orders { id } }", false, 0, false)]
    [InlineData("{ product(id: 1) { orders { id } } }", false, 0, false)]
    [InlineData("{ product(id: 1) { name } orders { id } }", false, 0, false)]
    [InlineData("{ version }", false, 0, false)]
    [InlineData("{ inherits { name } }", false, 0, false)]
    [InlineData("{ __schema { queryType { name } } }", false, 0, false)]
    [InlineData("mutation { rename(id: 1) { name } }", false, 0, false)]
    [InlineData("{ product(id: 1) { _gwc_Product: name } }", false, 0, false)]
    [InlineData("{ product(id: 1) { unknown } }", false, 0, false)]
    public void Operations_Should_Be_Cacheable_By_Their_Hints(string operation, bool cacheable, int maxAge, bool isPrivate)
    {
        var policy = CachePolicyAnalyzer.Analyze(Index, Parser.Parse(operation), null);

        policy.IsCacheable.Should().Be(cacheable, policy.Reason);
        policy.MaxAge.Should().Be(maxAge);
        policy.IsPrivate.Should().Be(isPrivate);
        policy.HeaderValue.Should().Be(cacheable ? $"max-age={maxAge}, {(isPrivate ? "private" : "public")}" : "no-store");
    }

    [Fact]
    public void The_Tagged_Operation_Should_Select_Every_Entity_Key_Under_A_Reserved_Alias()
    {
        var policy = CachePolicyAnalyzer.Analyze(Index, Parser.Parse("{ product(id: 1) { name owner { name } } search { ... on Article { title } } }"), null);

        var tagged = policy.TaggedDocument!.ReplaceLineEndings(" ");
        tagged.Should().Contain("_gwc_Product: id").And.Contain("_gwc_User: id");
        tagged.Should().Contain("... on Product {").And.Contain("... on Article {").And.Contain("_gwc_Article: id");
    }

    [Fact]
    public void The_Operation_Name_Should_Pick_The_Operation()
    {
        var document = Parser.Parse("query A { product(id: 1) { name } } query B { orders { id } }");

        CachePolicyAnalyzer.Analyze(Index, document, "A").IsCacheable.Should().BeTrue();
        CachePolicyAnalyzer.Analyze(Index, document, "B").IsCacheable.Should().BeFalse();
        CachePolicyAnalyzer.Analyze(Index, document, null).IsCacheable.Should().BeFalse("two operations and no name: nothing to run");
    }

    [Fact]
    public void An_Execution_Schema_Without_Hints_Should_Have_None()
    {
        CacheHintIndex.Parse("type Query { a: String }").HasHints.Should().BeFalse();
        Index.HasHints.Should().BeTrue();
    }
}
