using FluentAssertions;
using Graph.Execution.DataLoader;
using Graph.Execution.Tests.Support;
using Xunit;

namespace Graph.Execution.Tests.DataLoader;

/// <summary>Named delegate loaders: one per name and request, whatever order resolvers ask for them in.</summary>
public sealed class DataLoaderScopeTests
{
    private const string Sdl = """
        type Query { items: [Item!]! }
        type Item { id: Int!, double: Int!, triple: Int! }
        """;

    [Fact]
    public async Task Resolvers_Alternating_Between_Two_Named_Loaders_Should_Each_Get_Their_Own_Loader_And_One_Batch()
    {
        var doubleBatches = new List<int>();
        var tripleBatches = new List<int>();
        var executor = TestGraph.Executor(Sdl, b => b
            .BindResolver("Query", "items", _ => new ValueTask<object?>(Enumerable.Range(1, 4).ToArray()))
            .BindResolver("Item", "id", ctx => new ValueTask<object?>(ctx.Parent))
            .BindResolver("Item", "double", async ctx => await ctx.BatchDataLoader<int, int>((keys, _) =>
            {
                doubleBatches.Add(keys.Count);
                return Task.FromResult<IReadOnlyDictionary<int, int>>(keys.ToDictionary(k => k, k => k * 2));
            }, "double").LoadAsync((int)ctx.Parent!))
            .BindResolver("Item", "triple", async ctx => await ctx.BatchDataLoader<int, int>((keys, _) =>
            {
                tripleBatches.Add(keys.Count);
                return Task.FromResult<IReadOnlyDictionary<int, int>>(keys.ToDictionary(k => k, k => k * 3));
            }, "triple").LoadAsync((int)ctx.Parent!)), jsonResolvers: false);

        var json = (await executor.RunAsync("{ items { id double triple } }")).ToJson();

        json.Should().Be("""{"data":{"items":[{"id":1,"double":2,"triple":3},{"id":2,"double":4,"triple":6},{"id":3,"double":6,"triple":9},{"id":4,"double":8,"triple":12}]}}""");
        doubleBatches.Should().Equal(4);
        tripleBatches.Should().Equal(4);
    }

    [Fact]
    public async Task A_Loader_Asked_For_By_The_Same_Name_With_Other_Types_Should_Fail_The_Field_Not_Answer_Wrong_Values()
    {
        var executor = TestGraph.Executor(Sdl, b => b
            .BindResolver("Query", "items", _ => new ValueTask<object?>(new[] { 1 }))
            .BindResolver("Item", "id", ctx => new ValueTask<object?>(ctx.Parent))
            .BindResolver("Item", "double", async ctx => await ctx.BatchDataLoader<int, int>(
                (keys, _) => Task.FromResult<IReadOnlyDictionary<int, int>>(keys.ToDictionary(k => k, k => k * 2)), "shared").LoadAsync((int)ctx.Parent!))
            .BindResolver("Item", "triple", async ctx => await ctx.BatchDataLoader<long, int>(
                (keys, _) => Task.FromResult<IReadOnlyDictionary<long, int>>(keys.ToDictionary(k => k, k => (int)k * 3)), "shared").LoadAsync((int)ctx.Parent!)),
            jsonResolvers: false);

        var result = await executor.RunAsync("{ items { double triple } }");

        result.Errors.Should().ContainSingle().Which.Path.Should().Equal("items", 0, "triple");
    }
}
