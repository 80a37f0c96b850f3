using Graph.Execution.DataLoader;
using Graph.Types.Resolvers;

namespace Graph.Execution.Tests.Support;

/// <summary>
/// Forty books by seven authors, each author edited by the author ten ids on, and so on: <see cref="Query"/> asks three
/// levels of authors, seven keys each, so a DataLoader that batches per execution step makes exactly three batches.
/// </summary>
internal static class BookChain
{
    public const string Sdl = """
        type Query { books: [Book!]! }
        type Book { id: Int!, author: Author! }
        type Author { id: Int!, name: String!, editor: Author }
        """;

    public const string Query = "{ books { id author { name editor { name editor { id } } } } }";

    /// <summary>Book 8 in the response: author 1, edited by 11, edited by 21.</summary>
    public const string EighthBook = """{"id":8,"author":{"name":"A1","editor":{"name":"A11","editor":{"id":21}}}}""";

    private static readonly object?[][] Books = [.. Enumerable.Range(1, 40).Select(i => new object?[] { i, i % 7 })];

    /// <summary>An executor whose <c>author</c> and <c>editor</c> fields resolve through <paramref name="loadAuthor"/>(context, author id).</summary>
    public static RequestExecutor Executor(Func<IResolverContext, int, ValueTask<object?>> loadAuthor) => TestGraph.Executor(Sdl, b => b
        .BindResolver("Query", "books", _ => new ValueTask<object?>(Books))
        .BindResolver("Book", "id", ctx => new ValueTask<object?>(((object?[])ctx.Parent!)[0]))
        .BindResolver("Book", "author", ctx => loadAuthor(ctx, (int)((object?[])ctx.Parent!)[1]!))
        .BindResolver("Author", "editor", ctx => loadAuthor(ctx, (int)((Dictionary<string, object?>)ctx.Parent!)["id"]! + 10)), jsonResolvers: false);

    /// <summary>The request's author loader; each batch's size is added to <paramref name="batches"/>, and it completes after a yield.</summary>
    public static BatchDataLoader<int, Dictionary<string, object?>> Authors(IResolverContext context, List<int> batches) =>
        context.BatchDataLoader<int, Dictionary<string, object?>>(async (keys, _) =>
        {
            lock (batches)
            {
                batches.Add(keys.Count);
            }

            await Task.Yield();
            return keys.ToDictionary(k => k, k => new Dictionary<string, object?> { ["id"] = k, ["name"] = "A" + k });
        }, "authors");
}
