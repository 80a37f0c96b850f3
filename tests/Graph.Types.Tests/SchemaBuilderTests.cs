using System.Text.Json;
using Graph.Types.Resolvers;

namespace Graph.Types.Tests;

public sealed class SchemaBuilderTests
{
    private const string Commerce = """
        interface Node { id: ID! }
        type Product implements Node { id: ID! name: String! price: Decimal }
        type Coupon implements Node { id: ID! code: String! }
        union SearchResult = Product | Coupon
        scalar Decimal
        type Query { products: [Product!]! node(id: ID!): Node search: [SearchResult!]! }
        """;

    [Fact]
    public void Sdl_First_Should_Bind_Resolvers_Per_Field_And_Default_The_Rest()
    {
        FieldResolver products = _ => ValueTask.FromResult<object?>(Array.Empty<object>());
        var schema = new SchemaBuilder()
            .AddSdl(Commerce)
            .BindResolver("Query", "products", products)
            .UseJsonDefaultResolvers()
            .Build();

        schema.QueryType.Fields["products"].Resolver.Should().BeSameAs(products);
        schema.QueryType.Fields["node"].Resolver.Should().BeSameAs(DefaultResolvers.JsonProperty);
        schema.GetType<InterfaceType>("Node").Fields["id"].Resolver.Should().BeNull("interface fields are resolved on the object type");
        schema.GetType<ScalarType>("Decimal").Coercion.Should().BeOfType<DecimalCoercion>("a known product scalar declared in SDL keeps its rules");
    }

    [Fact]
    public void Binding_A_Resolver_To_A_Missing_Field_Should_Be_An_Error()
    {
        var builder = new SchemaBuilder().AddSdl(Commerce).BindResolver("Query", "prodcts", _ => default);
        FluentActions.Invoking(builder.Build).Should().Throw<SchemaValidationException>()
            .Which.Errors.Should().ContainSingle().Which.Message.Should().Be("A resolver is bound to \"Query.prodcts\", but type \"Query\" has no field \"prodcts\".");
    }

    [Fact]
    public async Task Json_Default_Resolvers_Should_Read_Properties_And_Resolve_Abstract_Types_By_Typename()
    {
        var schema = new SchemaBuilder().AddSdl(Commerce).UseJsonDefaultResolvers().Build();
        var root = JsonDocument.Parse("""{"node": {"__typename": "Coupon", "id": "c1", "code": "SAVE"}, "products": null}""").RootElement;
        var query = schema.QueryType;

        var node = await query.Fields["node"].Resolver!(new TestContext(schema, query, query.Fields["node"], root));
        var products = await query.Fields["products"].Resolver!(new TestContext(schema, query, query.Fields["products"], root));
        var nodeType = schema.GetType<InterfaceType>("Node");
        var typeName = nodeType.ResolveType!(node, new TestContext(schema, query, query.Fields["node"], root), nodeType);

        ((JsonElement)node!).GetProperty("code").GetString().Should().Be("SAVE");
        products.Should().BeNull("JSON null reads as null");
        typeName.Should().Be("Coupon");
    }

    [Fact]
    public void Schema_Should_Precompute_Possible_Types_And_Subtypes()
    {
        var schema = SchemaTestHelpers.Build(Commerce);
        var node = schema.GetType<InterfaceType>("Node");
        var search = schema.GetType<UnionType>("SearchResult");
        var product = schema.GetType<ObjectType>("Product");

        schema.GetPossibleTypes(node).Select(t => t.Name).Should().Equal("Product", "Coupon");
        schema.GetPossibleTypes(search).Select(t => t.Name).Should().Equal("Product", "Coupon");
        schema.IsSubType(node, product).Should().BeTrue();
        schema.IsSubType(search, schema.QueryType).Should().BeFalse();
    }

    [Fact]
    public void Schema_Should_Contain_Introspection_Types_And_Only_Referenced_Built_In_Scalars()
    {
        var schema = SchemaTestHelpers.Build("type Query { a: Int }");

        schema.FindType("__Schema").Should().BeSameAs(IntrospectionTypes.Schema);
        schema.FindType("Int").Should().BeSameAs(BuiltInScalars.Int);
        schema.FindType("String").Should().NotBeNull("introspection references String");
        schema.FindType("Float").Should().BeNull("spec 3.5: unreferenced built-in scalars are not part of the schema");
        schema.Directives.Select(d => d.Name).Should().Equal("include", "skip", "deprecated", "specifiedBy", "oneOf");
    }

    [Fact]
    public void Model_Should_Expose_Deprecation_Defaults_OneOf_And_SpecifiedBy()
    {
        var schema = SchemaTestHelpers.Build("""
            scalar Money @specifiedBy(url: "https://example.com/money")
            input By @oneOf { id: ID name: String @deprecated }
            enum E { A B @deprecated(reason: "gone") }
            type Query { f(by: By, e: E = A, limit: Int = 10 @deprecated(reason: "x")): Money @deprecated }
            """);
        var field = schema.QueryType.Fields["f"];

        field.DeprecationReason.Should().Be(Deprecation.DefaultReason);
        field.Arguments["limit"].DefaultValue.Should().BeEquivalentTo(new IntValueNode("10"), o => o.Excluding(n => n.Location));
        field.Arguments["limit"].DeprecationReason.Should().Be("x");
        field.Arguments["by"].Coordinate.Should().Be("Query.f(by:)");
        schema.GetType<InputObjectType>("By").IsOneOf.Should().BeTrue();
        schema.GetType<InputObjectType>("By").Fields["name"].IsDeprecated.Should().BeTrue();
        schema.GetType<EnumType>("E").Values["B"].DeprecationReason.Should().Be("gone");
        schema.GetType<ScalarType>("Money").SpecifiedByUrl.Should().Be("https://example.com/money");
    }

    [Fact]
    public void Code_Builder_Should_Convert_Runtime_Default_Values_To_Literals()
    {
        var schema = new SchemaBuilder()
            .AddEnumType("Sort", e => e.Value("ASC").Value("DESC"))
            .AddInputObjectType("Page", i => i.Field("first", "Int").Field("sort", "Sort"))
            .AddObjectType("Query", q => q.Field("items", "[String]", f => f
                .Argument("page", "Page", a => a.DefaultRuntime(new Dictionary<string, object?> { ["first"] = 10, ["sort"] = "DESC" }))
                .Argument("tags", "[String!]", a => a.DefaultRuntime(new[] { "a", "b" }))))
            .Build();

        schema.ToSdl().Should().Contain("items(page: Page = { first: 10, sort: DESC }, tags: [String!] = [\"a\", \"b\"]): [String]");
    }

    [Fact]
    public void Type_References_Should_Parse_Sdl_Syntax()
    {
        SyntaxPrinter.Print(TypeReference.Parse("[ [Product!] ]!")).Should().Be("[[Product!]]!");
        FluentActions.Invoking(() => TypeReference.Parse("[Product")).Should().Throw<FormatException>();
    }

    private sealed class TestContext(Schema schema, ObjectType parentType, OutputField outputField, object? parent) : IResolverContext
    {
        public Schema Schema => schema;

        public ObjectType ParentType => parentType;

        public OutputField Field => outputField;

        public object? Parent => parent;

        public IReadOnlyDictionary<string, object?> Arguments { get; } = new Dictionary<string, object?>();

        public IServiceProvider Services => throw new NotSupportedException();

        public CancellationToken RequestAborted => CancellationToken.None;

        public ResultPath Path => ResultPath.Root.Append(outputField.Name);

        public IDictionary<string, object?> ContextData { get; } = new Dictionary<string, object?>();

        public System.Security.Claims.ClaimsPrincipal? User => null;

        public bool IsSelected(string fieldName) => false;
    }
}
