using System.Security.Claims;
using Graph.Types.CodeFirst;
using Graph.Types.Resolvers;

namespace Graph.Types.Tests.CodeFirst;

/// <summary>Resolvers are compiled while the schema is built, once per field; calling them compiles nothing.</summary>
public sealed class CompiledResolverTests
{
    [Fact]
    public async Task Resolvers_Should_Be_Compiled_Once_At_Build_Not_Per_Call()
    {
        var counter = ExpressionCompiler.StartCounting();
        var schema = new SchemaBuilder().AddQueryType(typeof(CountedFields)).Build();
        var compiledAtBuild = counter.Value;

        var query = schema.QueryType;
        for (var i = 0; i < 100; i++)
        {
            (await query.Fields["sum"].Resolver!(new Context(schema, query, query.Fields["sum"], null, new() { ["a"] = i, ["b"] = 1 }))).Should().Be(i + 1);
            (await query.Fields["echo"].Resolver!(new Context(schema, query, query.Fields["echo"], null, new() { ["input"] = new Dictionary<string, object?> { ["text"] = "x" } })))
                .Should().Be("x!");
            var item = (Item)(await query.Fields["item"].Resolver!(new Context(schema, query, query.Fields["item"], null, [])))!;
            var itemType = schema.GetType<ObjectType>("Item");
            (await itemType.Fields["name"].Resolver!(new Context(schema, itemType, itemType.Fields["name"], item, []))).Should().Be("thing");
        }

        // One per field (sum, echo, item, Item.name) and one input object factory (EchoInput).
        compiledAtBuild.Should().Be(5);
        counter.Value.Should().Be(compiledAtBuild);
    }

    public sealed record Item(string Name);

    public sealed record Echo(string Text, string Suffix = "!");

    public static class CountedFields
    {
        public static int Sum(int a, int b) => a + b;

        public static string GetEcho(Echo input) => input.Text + input.Suffix;

        public static Task<Item> GetItemAsync() => Task.FromResult(new Item("thing"));
    }

    private sealed class Context(Schema schema, ObjectType parentType, OutputField outputField, object? parent, Dictionary<string, object?> arguments) : IResolverContext
    {
        public Schema Schema => schema;

        public ObjectType ParentType => parentType;

        public OutputField Field => outputField;

        public object? Parent => parent;

        public IReadOnlyDictionary<string, object?> Arguments => arguments;

        public IServiceProvider Services => EmptyServices.Instance;

        public CancellationToken RequestAborted => CancellationToken.None;

        public ResultPath Path => ResultPath.Root.Append(outputField.Name);

        public IDictionary<string, object?> ContextData { get; } = new Dictionary<string, object?>();

        public ClaimsPrincipal? User => null;

        public bool IsSelected(string fieldName) => false;
    }

    private sealed class EmptyServices : IServiceProvider
    {
        public static EmptyServices Instance { get; } = new();

        public object? GetService(Type serviceType) => null;
    }
}
