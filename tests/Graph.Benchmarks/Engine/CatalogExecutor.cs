using Graph.Execution;
using Graph.Execution.DataLoader;
using Graph.Types;
using Graph.Types.Resolvers;

namespace Graph.Benchmarks.Engine;

/// <summary>
/// Our side of the execution workload, wired as a subgraph would be: <c>Query.products</c> returns the in-memory
/// products, scalar fields use the executor's default resolver (compiled property getters), and
/// <c>Product.author</c> loads through a request-scoped <see cref="BatchDataLoader{TKey, TValue}"/>, so the 100
/// author lookups of one request become one batch. The resolver returns the loader's result
/// (<see cref="DataLoaderBase{TKey, TValue}.LoadResultAsync"/>), or, with <c>awaitLoadAsync</c>, awaits
/// <see cref="DataLoaderBase{TKey, TValue}.LoadAsync(TKey, CancellationToken)"/> in an async lambda: both forms are measured.
/// </summary>
internal static class CatalogExecutor
{
    public static RequestExecutor Create(CatalogData data, bool awaitLoadAsync = false)
    {
        ArgumentNullException.ThrowIfNull(data);
        var products = data.Products;
        var authors = data.Authors.ToDictionary(a => a.Id, StringComparer.Ordinal);
        Func<IReadOnlyList<string>, CancellationToken, Task<IReadOnlyDictionary<string, Author>>> fetchAuthors = (keys, _) =>
        {
            var found = new Dictionary<string, Author>(keys.Count, StringComparer.Ordinal);
            foreach (var key in keys)
            {
                if (authors.TryGetValue(key, out var author))
                {
                    found[key] = author;
                }
            }

            return Task.FromResult<IReadOnlyDictionary<string, Author>>(found);
        };

        var schema = new SchemaBuilder()
            .AddSdl(CatalogWorkload.Sdl)
            .BindResolver("Query", "products", context =>
            {
                var first = context.ArgumentValue<int>("first");
                return new ValueTask<object?>(first >= products.Length ? products : products[..Math.Max(first, 0)]);
            })
            .BindResolver("Product", "author", awaitLoadAsync
                ? async context => await context.BatchDataLoader(fetchAuthors, "authorById").LoadAsync(((Product)context.Parent!).AuthorId).ConfigureAwait(false)
                : context => context.BatchDataLoader(fetchAuthors, "authorById").LoadResultAsync(((Product)context.Parent!).AuthorId))
            .Build();

        return new RequestExecutor(schema, new ExecutorOptions { Validator = Graph.Execution.Processing.SpecifiedRulesValidator.Default });
    }
}
