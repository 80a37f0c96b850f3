using FluentAssertions;
using Graph.Execution.DataLoader;
using Graph.Execution.Tests.Support;
using Graph.Types.Resolvers;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace Graph.Execution.Tests.DataLoader;

/// <summary>DataLoader: one batch per execution step, one cache per request.</summary>
public sealed class DataLoaderTests
{
    private const string Sdl = """
        type Query { books: [Book!]! }
        type Book { id: Int!, author: Author }
        type Author { id: Int!, name: String, company: Company }
        type Company { name: String }
        """;

    public sealed record Book(int Id, int AuthorId);

    public sealed record Author(int Id, string Name);

    public sealed class AuthorByIdLoader(IBatchScheduler scheduler, Counter counter) : BatchDataLoader<int, Author>(scheduler)
    {
        protected override async Task<IReadOnlyDictionary<int, Author>> LoadBatchAsync(IReadOnlyList<int> keys, CancellationToken cancellationToken)
        {
            counter.Batches.Add(keys.Count);
            await Task.Yield();
            return keys.ToDictionary(k => k, k => new Author(k, "Author " + k));
        }
    }

    public sealed class Counter
    {
        public System.Collections.Concurrent.ConcurrentBag<int> Batches { get; } = [];
    }

    [Fact]
    public async Task Hundred_Books_Loading_Their_Author_Should_Make_Exactly_One_Batch_Call()
    {
        var services = new ServiceCollection().AddSingleton<Counter>().AddDataLoader<AuthorByIdLoader>().BuildServiceProvider();
        var books = Enumerable.Range(1, 100).Select(i => new Book(i, i % 10)).ToArray();
        var executor = TestGraph.Executor(Sdl, b => b
            .BindResolver("Query", "books", _ => new ValueTask<object?>(books))
            .BindResolver("Book", "author", async ctx => await ctx.DataLoader<AuthorByIdLoader>().LoadAsync(((Book)ctx.Parent!).AuthorId, ctx.RequestAborted)),
            new ExecutorOptions { Services = services }, jsonResolvers: false);

        var result = await executor.RunAsync("{ books { id author { id name } } }");

        result.Errors.Should().BeEmpty();
        services.GetRequiredService<Counter>().Batches.Should().Equal(10);
        result.Data!["books"].Should().BeOfType<object?[]>().Which.Should().HaveCount(100);
        result.ToJson().Should().Contain("""{"id":11,"author":{"id":1,"name":"Author 1"}}""");
    }

    [Fact]
    public async Task Each_Level_Should_Be_One_Batch_And_Repeated_Keys_Should_Hit_The_Request_Cache()
    {
        var authorBatches = 0;
        var companyBatches = 0;
        var books = Enumerable.Range(1, 50).Select(i => new Book(i, i % 5)).ToArray();
        var executor = TestGraph.Executor(Sdl, b => b
            .BindResolver("Query", "books", _ => new ValueTask<object?>(books))
            .BindResolver("Book", "author", async ctx => await ctx.BatchDataLoader<int, Author>(async (keys, _) =>
            {
                Interlocked.Increment(ref authorBatches);
                await Task.Delay(5);
                return keys.ToDictionary(k => k, k => new Author(k, "A" + k));
            }).LoadAsync(((Book)ctx.Parent!).AuthorId))
            .BindResolver("Author", "company", async ctx => await ctx.BatchDataLoader<int, Dictionary<string, object?>>((keys, _) =>
            {
                Interlocked.Increment(ref companyBatches);
                return Task.FromResult<IReadOnlyDictionary<int, Dictionary<string, object?>>>(
                    keys.ToDictionary(k => k, k => new Dictionary<string, object?> { ["name"] = "C" + k }));
            }).LoadAsync(((Author)ctx.Parent!).Id)), jsonResolvers: false);

        var result = await executor.RunAsync("{ books { author { name company { name } } } again: books { author { id } } }");

        result.Errors.Should().BeEmpty();
        authorBatches.Should().Be(1);
        companyBatches.Should().Be(1);
    }

    [Fact]
    public async Task Grouped_Loader_Should_Return_Every_Value_Of_A_Key()
    {
        var scheduler = new BatchScheduler();
        var calls = 0;
        var loader = new FuncGroupedDataLoader<int, string>(scheduler, (keys, _) =>
        {
            calls++;
            return Task.FromResult(keys.SelectMany(k => Enumerable.Range(0, k).Select(i => (k, v: $"{k}.{i}"))).ToLookup(p => p.k, p => p.v));
        });

        scheduler.Enter();
        var two = loader.LoadAsync(2);
        var none = loader.LoadAsync(0);
        scheduler.Leave();

        (await two).Should().Equal("2.0", "2.1");
        (await none).Should().BeEmpty();
        calls.Should().Be(1);
    }

    [Fact]
    public async Task Load_Outside_Executor_Work_Should_Still_Dispatch()
    {
        var loader = new FuncBatchDataLoader<string, int>(new BatchScheduler(), (keys, _) =>
            Task.FromResult<IReadOnlyDictionary<string, int>>(keys.ToDictionary(k => k, k => k.Length)));

        var values = await loader.LoadAsync(["a", "bb", "ccc"]).WaitAsync(TimeSpan.FromSeconds(5));

        values.Should().Equal(1, 2, 3);
    }

    [Fact]
    public async Task Failed_Batch_Should_Fail_Each_Field_At_Its_Path()
    {
        var executor = TestGraph.Executor(Sdl, b => b
            .BindResolver("Query", "books", _ => new ValueTask<object?>(new[] { new Book(1, 1), new Book(2, 2) }))
            .BindResolver("Book", "author", async ctx => await ctx.BatchDataLoader<int, Author>((_, _) =>
                throw new GraphQLException("Authors are down.", "UNAVAILABLE")).LoadAsync(((Book)ctx.Parent!).AuthorId)), jsonResolvers: false);

        var json = await executor.RunJsonAsync("{ books { id author { name } } }");

        json.Should().Be("""{"data":{"books":[{"id":1,"author":null},{"id":2,"author":null}]},"errors":[{"message":"Authors are down.","locations":[{"line":1,"column":14}],"path":["books",0,"author"],"extensions":{"code":"UNAVAILABLE"}},{"message":"Authors are down.","locations":[{"line":1,"column":14}],"path":["books",1,"author"],"extensions":{"code":"UNAVAILABLE"}}]}""");
    }
}
