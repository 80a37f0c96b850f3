using FluentAssertions;
using Graph.Execution.DataLoader;
using Graph.Execution.Tests.Support;
using Xunit;

namespace Graph.Execution.Tests.DataLoader;

/// <summary>
/// Objects of a list whose one pending field is a DataLoader-backed resolver are awaited by the list itself: the
/// field's errors, null propagation and the batching of the next level must be exactly as for any pending field,
/// whether the resolver awaits <c>LoadAsync</c> or returns <c>LoadResultAsync</c> (the <c>asResult</c> cases).
/// </summary>
public sealed class DataLoaderListItemTests
{
    private const string Sdl = """
        type Query { books: [Book] strictBooks: [Book!] }
        type Book { id: Int!, author: Author!, editor: Author }
        type Author { id: Int!, name: String, company: Company!, maybeCompany: Company }
        type Company { name: String! }
        """;

    private sealed record Book(int Id, int AuthorId);

    private sealed record Author(int Id, string Name);

    private static readonly Book[] Books = Enumerable.Range(1, 6).Select(i => new Book(i, i % 3)).ToArray();

    private static RequestExecutor Executor(bool asResult, Func<int, Author?> author, Func<int, string?> company, Action<int>? onCompanyBatch = null) =>
        TestGraph.Executor(Sdl, b => b
            .BindResolver("Query", "books", _ => new ValueTask<object?>(Books))
            .BindResolver("Query", "strictBooks", _ => new ValueTask<object?>(Books))
            .BindResolver("Book", "author", ctx => LoadAuthor(ctx, author, asResult))
            .BindResolver("Book", "editor", ctx => LoadAuthor(ctx, author, asResult))
            .BindResolver("Author", "company", ctx => LoadCompany(ctx, company, onCompanyBatch, asResult))
            .BindResolver("Author", "maybeCompany", ctx => LoadCompany(ctx, company, onCompanyBatch, asResult)), jsonResolvers: false);

    private static ValueTask<object?> LoadAuthor(Graph.Types.Resolvers.IResolverContext ctx, Func<int, Author?> author, bool asResult)
    {
        var loader = ctx.BatchDataLoader<int, Author?>(async (keys, _) =>
        {
            await Task.Yield();
            return keys.ToDictionary(k => k, author);
        }, "authors");
        var id = ((Book)ctx.Parent!).AuthorId;
        return asResult ? loader.LoadResultAsync(id) : Awaited(loader.LoadAsync(id));
    }

    private static ValueTask<object?> LoadCompany(Graph.Types.Resolvers.IResolverContext ctx, Func<int, string?> company, Action<int>? onBatch, bool asResult)
    {
        var loader = ctx.BatchDataLoader<int, Dictionary<string, object?>?>(async (keys, _) =>
        {
            onBatch?.Invoke(keys.Count);
            await Task.Yield();
            return keys.ToDictionary(k => k, k => company(k) is { } name ? new Dictionary<string, object?> { ["name"] = name } : null);
        }, "companies");
        var id = ((Author)ctx.Parent!).Id;
        return asResult ? loader.LoadResultAsync(id) : Awaited(loader.LoadAsync(id));
    }

    private static async ValueTask<object?> Awaited<T>(Task<T> loading) => await loading;

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_Null_From_The_Loader_For_A_Non_Null_Field_Should_Null_Only_That_Item(bool asResult)
    {
        var executor = Executor(asResult, id => id == 1 ? null : new Author(id, "A" + id), id => "C" + id);

        var json = (await executor.RunAsync("{ books { id author { name } } }")).ToJson();

        json.Should().Be("""{"data":{"books":[null,{"id":2,"author":{"name":"A2"}},{"id":3,"author":{"name":"A0"}},null,{"id":5,"author":{"name":"A2"}},{"id":6,"author":{"name":"A0"}}]},"errors":[{"message":"Cannot return null for non-nullable field Book.author.","locations":[{"line":1,"column":14}],"path":["books",0,"author"]},{"message":"Cannot return null for non-nullable field Book.author.","locations":[{"line":1,"column":14}],"path":["books",3,"author"]}]}""");
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_Failing_Batch_Should_Be_A_Field_Error_At_Each_Nullable_Field(bool asResult)
    {
        var executor = Executor(asResult, id => throw new InvalidOperationException("authors are down"), id => "C" + id);

        var result = await executor.RunAsync("{ books { id editor { name } } }");

        result.Errors.Select(e => string.Join('.', e.Path!)).Should().Equal(Enumerable.Range(0, 6).Select(i => $"books.{i}.editor"));
        result.ToJson().Should().StartWith("""{"data":{"books":[{"id":1,"editor":null},{"id":2,"editor":null}""");
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_Non_Null_Item_Failing_Should_Null_The_List_And_Report_One_Error(bool asResult)
    {
        var executor = Executor(asResult, id => id == 2 ? null : new Author(id, "A" + id), id => "C" + id);

        var result = await executor.RunAsync("{ strictBooks { id author { name } } }");

        result.ToJson().Should().StartWith("""{"data":{"strictBooks":null},"errors":[{"message":"Cannot return null for non-nullable field Book.author.","locations":[{"line":1,"column":20}],"path":["strictBooks",1,"author"]}""");
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task The_Next_Level_Should_Still_Be_One_Batch_And_Its_Errors_Should_Propagate_To_The_Item(bool asResult)
    {
        var companyBatches = new List<int>();
        var executor = Executor(asResult, id => new Author(id, "A" + id), id => id == 0 ? null : "C" + id, companyBatches.Add);

        var json = (await executor.RunAsync("{ books { id author { company { name } } } }")).ToJson();

        companyBatches.Should().Equal(3);
        json.Should().StartWith("""{"data":{"books":[{"id":1,"author":{"company":{"name":"C1"}}},{"id":2,"author":{"company":{"name":"C2"}}},null,""");
        json.Should().Contain("""path":["books",2,"author","company"]""").And.Contain("""path":["books",5,"author","company"]""");
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_Nullable_Next_Level_Field_Should_Be_Null_Without_Touching_The_Item(bool asResult)
    {
        var executor = Executor(asResult, id => new Author(id, "A" + id), id => id == 0 ? null : "C" + id);

        var json = (await executor.RunAsync("{ books { id author { maybeCompany { name } } } }")).ToJson();

        json.Should().Be("""{"data":{"books":[{"id":1,"author":{"maybeCompany":{"name":"C1"}}},{"id":2,"author":{"maybeCompany":{"name":"C2"}}},{"id":3,"author":{"maybeCompany":null}},{"id":4,"author":{"maybeCompany":{"name":"C1"}}},{"id":5,"author":{"maybeCompany":{"name":"C2"}}},{"id":6,"author":{"maybeCompany":null}}]}}""");
    }
}
