using System.Security.Claims;
using FluentAssertions;
using Graph.Execution.DataLoader;
using Graph.Execution.Tests.CodeFirst.Shop;
using Graph.Types;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace Graph.Execution.Tests.CodeFirst;

/// <summary>Code-first schemas (ARCHITECTURE.md section 4) executed end to end through <see cref="RequestExecutor"/>.</summary>
public sealed class CodeFirstExecutionTests
{
    private readonly BatchLog _batches = new();
    private readonly RequestExecutor _executor;

    public CodeFirstExecutionTests()
    {
        var services = new ServiceCollection()
            .AddSingleton<IProductStore, ProductStore>()
            .AddSingleton<IClock, FixedClock>()
            .AddSingleton(_batches)
            .AddDataLoader<CategoryByIdLoader>()
            .BuildServiceProvider();
        var schema = new SchemaBuilder()
            .AddTypes([typeof(Product).Assembly], t => t.Namespace == typeof(Product).Namespace)
            .Build();
        _executor = new RequestExecutor(schema, new ExecutorOptions { Services = services });
    }

    private async Task<string> RunAsync(string document, string? variables = null, ClaimsPrincipal? user = null, CancellationToken cancellationToken = default)
    {
        var result = await _executor.ExecuteAsync(
            new OperationRequest { Document = document, Variables = variables is null ? null : Support.TestGraph.Json(variables), User = user },
            cancellationToken);
        return ((OperationResult)result).ToJson();
    }

    [Fact]
    public async Task Arguments_Should_Use_CSharp_Defaults_When_Omitted()
    {
        var json = await RunAsync("{ a: greeting b: greeting(name: \"shop\", times: 2) }");

        json.Should().Be("""{"data":{"a":"hello world","b":"hello shop hello shop"}}""");
    }

    [Fact]
    public async Task Async_And_Sync_Resolvers_Should_Both_Complete()
    {
        var json = await RunAsync("{ product(id: 2) { id name price { amount currency } availability } answer missing: product(id: 99) { id } }");

        json.Should().Be("""{"data":{"product":{"id":2,"name":"Shirt","price":{"amount":"19.99","currency":"EUR"},"availability":"SOLD_OUT"},"answer":42,"missing":null}}""");
    }

    [Fact]
    public async Task Enum_And_Nullable_Arguments_Should_Filter()
    {
        var json = await RunAsync("{ products(availability: IN_STOCK, first: 2) { name } }");

        json.Should().Be("""{"data":{"products":[{"name":"Mug"},{"name":"Cap"}]}}""");
    }

    [Fact]
    public async Task Parent_Should_Be_Injected_Into_Extension_Fields()
    {
        var json = await RunAsync("{ product(id: 3) { label dashed: label(separator: \" - \") } }");

        json.Should().Be("""{"data":{"product":{"label":"3: Cap","dashed":"3 - Cap"}}}""");
    }

    [Fact]
    public async Task DataLoader_From_DI_Should_Batch_Every_Lookup_Of_A_Level_Into_One_Call()
    {
        var json = await RunAsync("{ products { category { id name } } }");

        json.Should().Be("""{"data":{"products":[{"category":{"id":10,"name":"Category 10"}},{"category":{"id":20,"name":"Category 20"}},{"category":{"id":10,"name":"Category 10"}},{"category":{"id":30,"name":"Category 30"}}]}}""");
        _batches.Batches.Should().ContainSingle().Which.Should().Equal(10, 20, 30);
    }

    [Fact]
    public async Task A_Resolver_Returning_The_Loaders_Result_Should_Share_The_Batch_And_Cache_Of_Awaited_Loads()
    {
        var json = await RunAsync("{ products { id category { name } shelf { id name } } product(id: 3) { shelf { id } } }");

        json.Should().Be("""{"data":{"products":[{"id":1,"category":{"name":"Category 10"},"shelf":{"id":10,"name":"Category 10"}},{"id":2,"category":{"name":"Category 20"},"shelf":{"id":20,"name":"Category 20"}},{"id":3,"category":{"name":"Category 10"},"shelf":{"id":10,"name":"Category 10"}},{"id":4,"category":{"name":"Category 30"},"shelf":{"id":30,"name":"Category 30"}}],"product":{"shelf":{"id":10}}}}""");
        _batches.Batches.Should().ContainSingle().Which.Should().Equal(10, 20, 30);
    }

    [Fact]
    public void A_Resolver_Result_Should_Give_Its_Field_The_Type_Of_Its_Value()
    {
        var field = _executor.Schema.GetType<Graph.Types.ObjectType>("Product")!.Fields["shelf"];

        field.Type.ToString().Should().Be("Category!");
    }

    [Fact]
    public async Task Services_Should_Come_From_The_Request_Scope_Including_Root_Class_Constructors()
    {
        var json = await RunAsync("{ now }");

        json.Should().Be("""{"data":{"now":"2024-05-01T10:30:00.000Z"}}""");
    }

    [Fact]
    public async Task CancellationToken_User_And_Context_Should_Be_The_Requests()
    {
        using var cancellation = new CancellationTokenSource();
        var user = new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.Name, "ada")], "test"));

        var json = await RunAsync("{ canBeCancelled whoAmI here: fieldPath }", user: user, cancellationToken: cancellation.Token);

        json.Should().Be("""{"data":{"canBeCancelled":true,"whoAmI":"ada","here":"here"}}""");
    }

    [Fact]
    public async Task Unions_Should_Resolve_Object_Types_From_Clr_Types()
    {
        var json = await RunAsync("{ items { __typename ... on Product { name } ... on Category { name } ... on Coupon { code percent } } }");

        json.Should().Be("""{"data":{"items":[{"__typename":"Product","name":"Mug"},{"__typename":"Category","name":"Kitchen"},{"__typename":"Coupon","code":"SPRING","percent":10}]}}""");
    }

    [Fact]
    public async Task Mutation_Should_Build_Input_Records_With_Defaults_From_Variables()
    {
        var json = await RunAsync(
            "mutation($input: AddProductInput!) { addProduct(input: $input) { product { id name price { amount } availability category { name } } tags } }",
            """{"input":{"name":"Lamp","price":{"amount":"30.5","currency":"EUR"},"categoryId":20,"tags":["light","new"]}}""");

        json.Should().Be("""{"data":{"addProduct":{"product":{"id":5,"name":"Lamp","price":{"amount":"30.5"},"availability":"IN_STOCK","category":{"name":"Category 20"}},"tags":["light","new"]}}}""");
    }

    [Fact]
    public async Task OneOf_Input_Should_Bind_The_Given_Field()
    {
        var json = await RunAsync("{ a: findProduct(by: { name: \"Cap\" }) { id } b: findProduct(by: { id: 1 }) { name } }");

        json.Should().Be("""{"data":{"a":{"id":3},"b":{"name":"Mug"}}}""");
    }

    [Fact]
    public async Task Resolver_Exceptions_Should_Become_Errors_With_Path()
    {
        var json = await RunAsync("{ products(first: 2) { name broken } }");
        var root = await RunAsync("{ greeting fail }");

        json.Should().Be("""{"data":{"products":[{"name":"Mug","broken":"fine"},{"name":"Shirt","broken":null}]},"errors":[{"message":"Product 2 is broken.","locations":[{"line":1,"column":29}],"path":["products",1,"broken"]}]}""");
        root.Should().Be("""{"data":null,"errors":[{"message":"The catalog is closed.","locations":[{"line":1,"column":12}],"path":["fail"]}]}""");
    }

    [Fact]
    public async Task Subscription_Should_Stream_Each_Event_Of_The_Async_Enumerable()
    {
        var countdown = await SubscribeAsync("subscription { countdown(from: 3) }");
        var products = await SubscribeAsync("subscription { onProductChanged { name category { id } } }");

        countdown.Should().Equal("""{"data":{"countdown":3}}""", """{"data":{"countdown":2}}""", """{"data":{"countdown":1}}""");
        products.Should().Equal(
            """{"data":{"onProductChanged":{"name":"Mug","category":{"id":10}}}}""",
            """{"data":{"onProductChanged":{"name":"Shirt","category":{"id":20}}}}""");
    }

    private async Task<List<string>> SubscribeAsync(string document)
    {
        var stream = (ResponseStream)await _executor.ExecuteAsync(new OperationRequest { Document = document });
        var responses = new List<string>();
        await foreach (var response in stream.ReadResultsAsync())
        {
            responses.Add(response.ToJson());
        }

        await stream.DisposeAsync();
        return responses;
    }
}
