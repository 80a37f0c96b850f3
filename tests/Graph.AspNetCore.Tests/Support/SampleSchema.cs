using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Graph.Types;
using Graph.Types.Resolvers;

namespace Graph.AspNetCore.Tests.Support;

/// <summary>
/// The schema every server test runs against: queries, a mutation, and subscriptions fed by the
/// mutation (<c>productAdded</c>) or by a counter (<c>countdown</c>).
/// </summary>
public static class SampleSchema
{
    public const string Sdl = """
        "Reads."
        type Query {
          hello(name: String = "world"): String!
          products(first: Int = 10): [Product!]!
          product(id: ID!): Product
          "Fails, to check error responses."
          broken: String
        }

        "Writes."
        type Mutation {
          addProduct(name: String!, price: Float!): Product!
        }

        "Live updates."
        type Subscription {
          productAdded: Product!
          countdown(from: Int!): Int!
        }

        "Something to sell."
        type Product {
          id: ID!
          name: String!
          price: Float!
        }
        """;

    public static void Configure(IServiceProvider services, SchemaBuilder schema)
    {
        var catalog = new SampleCatalog();
        schema.AddSdl(Sdl)
            .BindResolver("Query", "hello", c => ValueTask.FromResult<object?>($"Hello, {c.ArgumentValue<string>("name")}!"))
            .BindResolver("Query", "products", c => ValueTask.FromResult<object?>(catalog.Products.Take(c.ArgumentValue<int>("first")).ToList()))
            .BindResolver("Query", "product", c => ValueTask.FromResult<object?>(catalog.Products.FirstOrDefault(p => p.Id == c.ArgumentValue<string>("id"))))
            .BindResolver("Query", "broken", _ => throw new InvalidOperationException("The broken field always fails."))
            .BindResolver("Mutation", "addProduct", c => ValueTask.FromResult<object?>(catalog.Add(c.ArgumentValue<string>("name")!, c.ArgumentValue<double>("price"))))
            .BindSubscribe("Subscription", "productAdded", _ => ValueTask.FromResult(catalog.WatchAdditions()))
            .BindResolver("Subscription", "productAdded", c => ValueTask.FromResult(c.Parent))
            .BindSubscribe("Subscription", "countdown", c => ValueTask.FromResult(Countdown(c.ArgumentValue<int>("from"), c.RequestAborted)))
            .BindResolver("Subscription", "countdown", c => ValueTask.FromResult(c.Parent));
    }

    private static async IAsyncEnumerable<object?> Countdown(int from, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        for (var i = from; i >= 0; i--)
        {
            cancellationToken.ThrowIfCancellationRequested();
            yield return i;
            await Task.Yield();
        }
    }
}

public sealed record SampleProduct(string Id, string Name, double Price);

/// <summary>In-memory products; additions are broadcast to every current watcher.</summary>
public sealed class SampleCatalog
{
    private readonly ConcurrentDictionary<Guid, System.Threading.Channels.Channel<object?>> _watchers = new();
    private readonly List<SampleProduct> _products = [new("1", "Mug", 9.5), new("2", "Tea", 4.25), new("3", "Kettle", 30)];

    public IReadOnlyList<SampleProduct> Products
    {
        get
        {
            lock (_products)
            {
                return _products.ToList();
            }
        }
    }

    public SampleProduct Add(string name, double price)
    {
        SampleProduct product;
        lock (_products)
        {
            product = new SampleProduct((_products.Count + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), name, price);
            _products.Add(product);
        }

        foreach (var watcher in _watchers.Values)
        {
            watcher.Writer.TryWrite(product);
        }

        return product;
    }

    public IAsyncEnumerable<object?> WatchAdditions() => Watch();

    private async IAsyncEnumerable<object?> Watch([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var id = Guid.NewGuid();
        var channel = System.Threading.Channels.Channel.CreateUnbounded<object?>();
        _watchers[id] = channel;
        try
        {
            await foreach (var product in channel.Reader.ReadAllAsync(cancellationToken))
            {
                yield return product;
            }
        }
        finally
        {
            _watchers.TryRemove(id, out _);
        }
    }
}
