using System.Runtime.CompilerServices;
using System.Security.Claims;
using Graph.Execution.DataLoader;
using Graph.Types;
using Graph.Types.Resolvers;

namespace Graph.Execution.Tests.CodeFirst.Shop;

// A code-first subgraph executed end to end by CodeFirstExecutionTests.

public enum Availability
{
    InStock,
    SoldOut,
}

[UnionType]
public interface IShopItem;

public sealed record Money(decimal Amount, string Currency);

public sealed record Product(int Id, string Name, Money Price, int CategoryId, Availability Availability) : IShopItem;

public sealed record Category(int Id, string Name) : IShopItem;

public sealed record Coupon(string Code, double Percent) : IShopItem;

public sealed record AddProductInput(string Name, Money Price, int CategoryId, Availability Availability = Availability.InStock, IReadOnlyList<string>? Tags = null);

public sealed record AddProductPayload(Product Product, IReadOnlyList<string> Tags);

[OneOf]
public sealed record ProductLookup(int? Id, string? Name);

public interface IProductStore
{
    List<Product> Products { get; }
}

public sealed class ProductStore : IProductStore
{
    public List<Product> Products { get; } =
    [
        new(1, "Mug", new Money(9.5m, "EUR"), 10, Availability.InStock),
        new(2, "Shirt", new Money(19.99m, "EUR"), 20, Availability.SoldOut),
        new(3, "Cap", new Money(12m, "EUR"), 10, Availability.InStock),
        new(4, "Poster", new Money(5m, "EUR"), 30, Availability.InStock),
    ];
}

/// <summary>Counts the batches a DataLoader fetched (one registration per test's container).</summary>
public sealed class BatchLog
{
    public List<IReadOnlyList<int>> Batches { get; } = [];
}

public sealed class CategoryByIdLoader(IBatchScheduler scheduler, BatchLog log) : BatchDataLoader<int, Category>(scheduler)
{
    protected override Task<IReadOnlyDictionary<int, Category>> LoadBatchAsync(IReadOnlyList<int> keys, CancellationToken cancellationToken)
    {
        lock (log)
        {
            log.Batches.Add(keys.ToArray());
        }

        return Task.FromResult<IReadOnlyDictionary<int, Category>>(keys.ToDictionary(k => k, k => new Category(k, "Category " + k)));
    }
}

public interface IClock
{
    DateTimeOffset Now { get; }
}

public sealed class FixedClock : IClock
{
    public DateTimeOffset Now => new(2024, 5, 1, 10, 30, 0, TimeSpan.Zero);
}

[QueryType]
public static class ShopQueries
{
    public static string GetGreeting(string name = "world", int times = 1) => string.Join(" ", Enumerable.Repeat("hello " + name, times));

    public static async Task<Product?> GetProductAsync(int id, IProductStore store)
    {
        await Task.Yield();
        return store.Products.Find(p => p.Id == id);
    }

    public static IEnumerable<Product> GetProducts(IProductStore store, Availability? availability = null, int first = 10) =>
        store.Products.Where(p => availability is null || p.Availability == availability).Take(first);

    public static Product? FindProduct(ProductLookup by, IProductStore store) =>
        store.Products.Find(p => p.Id == by.Id || p.Name == by.Name);

    public static IShopItem[] GetItems(IProductStore store) => [store.Products[0], new Category(10, "Kitchen"), new Coupon("SPRING", 10)];

    public static bool GetCanBeCancelled(CancellationToken cancellationToken) => cancellationToken.CanBeCanceled;

    public static string? GetWhoAmI(ClaimsPrincipal? user) => user?.Identity?.Name;

    public static string GetFieldPath(IResolverContext context) => context.Path.ToString();

    public static ValueTask<int> GetAnswerAsync() => ValueTask.FromResult(42);

    public static string GetFail() => throw new InvalidOperationException("The catalog is closed.");
}

/// <summary>A non-static root class: constructed per call with its constructor's services.</summary>
[QueryType]
public sealed class ClockQueries(IClock clock)
{
    public DateTimeOffset GetNow() => clock.Now;
}

[ObjectType<Product>]
public static class ProductNode
{
    public static Task<Category> GetCategoryAsync([Parent] Product product, CategoryByIdLoader byId, CancellationToken cancellationToken) =>
        byId.LoadAsync(product.CategoryId, cancellationToken);

    /// <summary>The same category, handed to the executor as the loader's pending result (no async adapter, no promise).</summary>
    public static ResolverResult<Category> GetShelf([Parent] Product product, CategoryByIdLoader byId) =>
        byId.LoadResultAsync(product.CategoryId);

    public static string GetLabel([Parent] Product product, string separator = ": ") => product.Id + separator + product.Name;

    public static string? GetBroken([Parent] Product product) =>
        product.Id == 2 ? throw new InvalidOperationException($"Product {product.Id} is broken.") : "fine";
}

[MutationType]
public static class ShopMutations
{
    public static AddProductPayload AddProduct(AddProductInput input, IProductStore store)
    {
        var product = new Product(store.Products.Count + 1, input.Name, input.Price, input.CategoryId, input.Availability);
        store.Products.Add(product);
        return new AddProductPayload(product, input.Tags ?? []);
    }
}

[SubscriptionType]
public static class ShopSubscriptions
{
    public static async IAsyncEnumerable<int> Countdown(int from, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        for (var i = from; i > 0; i--)
        {
            await Task.Yield();
            cancellationToken.ThrowIfCancellationRequested();
            yield return i;
        }
    }

    public static async IAsyncEnumerable<Product> OnProductChanged(IProductStore store, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        foreach (var product in store.Products.Take(2))
        {
            await Task.Yield();
            cancellationToken.ThrowIfCancellationRequested();
            yield return product;
        }
    }
}
