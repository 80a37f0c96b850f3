namespace Graph.Types.Tests.CodeFirst;

/// <summary><c>@cacheControl</c> hints from attributes and SDL, printed in the exported SDL.</summary>
public sealed class CacheControlTests
{
    [Fact]
    public void Cache_Control_Attributes_Should_Print_As_Directives_With_Their_Definition()
    {
        var schema = new SchemaBuilder().AddType(typeof(CachedQueries)).Build();

        var sdl = SchemaPrinter.Print(schema);

        sdl.Should().Contain("directive @cacheControl(").And.Contain("inheritMaxAge: Boolean\n) on FIELD_DEFINITION | OBJECT | INTERFACE | UNION");
        sdl.Should().Contain("enum CacheControlScope");
        sdl.Should().Contain("type CachedArticle @cacheControl(maxAge: 60)");
        sdl.Should().Contain("article: CachedArticle! @cacheControl(maxAge: 60)");
        sdl.Should().Contain("draft: CachedArticle! @cacheControl(maxAge: 10, scope: PRIVATE)");
        sdl.Should().Contain("related: [CachedArticle!]! @cacheControl(inheritMaxAge: true)");
    }

    [Fact]
    public void A_Schema_Without_Hints_Should_Not_Define_The_Directive()
    {
        var schema = new SchemaBuilder().AddType(typeof(UncachedQueries)).Build();

        SchemaPrinter.Print(schema).Should().NotContain("cacheControl").And.NotContain("CacheControlScope");
    }

    [Fact]
    public void Sdl_First_Hints_Should_Be_Kept_With_The_Definitions_Added_Once()
    {
        var schema = new SchemaBuilder()
            .AddSdl("type Query { a: String @cacheControl(maxAge: 5, scope: PUBLIC) }")
            .AddCacheControlDirective()
            .AddCacheControlDirective()
            .Build();

        var sdl = SchemaPrinter.Print(schema);

        sdl.Should().Contain("a: String @cacheControl(maxAge: 5, scope: PUBLIC)");
        sdl.Split("directive @cacheControl").Should().HaveCount(2);
    }

    [Fact]
    public void A_Negative_Max_Age_Should_Be_Refused()
    {
        var create = () => new CacheControlAttribute(-1);

        create.Should().Throw<ArgumentOutOfRangeException>();
    }

    [QueryType]
    public static class CachedQueries
    {
        [CacheControl(60)]
        public static CachedArticle GetArticle() => new("a");

        [CacheControl(10, Scope = CacheControlScope.Private)]
        public static CachedArticle GetDraft() => new("d");
    }

    [QueryType]
    public static class UncachedQueries
    {
        public static string GetHello() => "hello";
    }

    [CacheControl(60)]
    public sealed record CachedArticle(string Title)
    {
        [CacheControl(InheritMaxAge = true)]
        public IReadOnlyList<CachedArticle> Related => [];
    }
}
