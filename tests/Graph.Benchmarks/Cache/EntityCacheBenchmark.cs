using System.Diagnostics;
using System.Globalization;
using System.Text;
using Graph.Benchmarks.Engine;
using Graph.Catalog;
using Graph.Catalog.DemoData;
using Graph.Catalog.Infrastructure;
using Graph.ServiceDefaults.Caching;
using Graph.Testing.Kafka;
using Graph.Testing.Postgres;
using Graph.Testing.Redis;
using Graph.Testing.Services;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Graph.Benchmarks.Cache;

/// <summary>
/// The Catalog's read-through entity cache: the same <c>productById</c> batch (K aliases, one DataLoader batch) with the
/// cache cold (its keys evicted before each request: Redis misses, one SQL query, Redis writes) and warm (every key in
/// Redis, no SQL), against the real service on real HTTP, PostgreSQL (the project cluster), a private redis-server
/// and the Kafka mock cluster, in alternating rounds. Reports latency p50/p99 and SQL queries per request.
/// Options: <see cref="Command"/>.
/// </summary>
internal static class EntityCacheBenchmark
{
    private static readonly BenchmarkOption Requests = BenchmarkOption.Integer("--requests", "N", 300, "requests per mode and round");
    private static readonly BenchmarkOption Keys = BenchmarkOption.Integer("--keys", "K", 20, "products per request");
    private static readonly BenchmarkOption Rounds = BenchmarkOption.Integer("--rounds", "R", 3, "alternating rounds");

    public static BenchmarkCommand Command { get; } = new(
        "cache", "Catalog's read-through entity cache, cold against warm, on the real service.",
        [Requests, Keys, Rounds], RunAsync);

    public static async Task<int> RunAsync(string[] args)
    {
        var requests = Requests.ReadInteger(args);
        var keys = Keys.ReadInteger(args);
        var rounds = Rounds.ReadInteger(args);

        await using var database = await PostgresServer.CreateDatabaseAsync("bench_cache");
        await using var redis = await RedisServerProcess.StartAsync();
        var kafka = new KafkaFixture();
        await kafka.InitializeAsync();
        var counter = new SqlQueryCounter();
        await using var host = await ServiceHost.StartAsync(
            a => CatalogService.Build(a, b => b.Services.ConfigureDbContext<CatalogDb>(o => o.AddInterceptors(counter))),
            new Dictionary<string, string?>
            {
                ["ConnectionStrings:catalog"] = database.ConnectionString,
                ["ConnectionStrings:redis"] = redis.EndPoint,
                ["Kafka:BootstrapServers"] = kafka.BootstrapServers,
                ["DemoData:Enabled"] = "true",
                ["Logging:LogLevel:Default"] = "Warning",
            });
        Console.Error.WriteLine($"{MachineInfo.Describe()}; load {MachineInfo.LoadAverage()}");

        var ids = CatalogDemoData.Products().Select(p => p.Product.Id).Take(keys).ToArray();
        var query = "{ " + string.Join(' ', ids.Select((id, i) => $"p{i}: productById(id: \"{id}\") {{ id sku name price {{ amount currency }} }}")) + " }";
        var cache = host.Services.GetRequiredService<IEntityCache>();
        var tags = ids.Select(id => $"Product:{id}").ToArray();

        // Warm-up: JIT, connection pools, Redis connection, EF model.
        await MeasureAsync(host, query, counter, 50, () => cache.EvictAsync(tags));

        var cold = new Samples();
        var warm = new Samples();
        for (var round = 1; round <= rounds; round++)
        {
            Console.Error.WriteLine($"round {round} of {rounds}");
            cold.Add(await MeasureAsync(host, query, counter, requests, () => cache.EvictAsync(tags)));
            await host.PostAsync(query);
            warm.Add(await MeasureAsync(host, query, counter, requests, null));
        }

        var table = new StringBuilder()
            .AppendLine(CultureInfo.InvariantCulture, $"| `productById` x {keys} per request | p50 ms | p99 ms | SQL queries per request | requests |")
            .AppendLine("|---|---:|---:|---:|---:|")
            .AppendLine(cold.Row("cold (keys evicted before each request)"))
            .AppendLine(warm.Row("warm (every key in Redis)"))
            .AppendLine(CultureInfo.InvariantCulture, $"| warm / cold | {warm.P50 / cold.P50:0.00} | {warm.P99 / cold.P99:0.00} | | |");
        Console.WriteLine(table.ToString());
        await kafka.DisposeAsync();
        return 0;
    }

    private sealed record Round(List<double> Milliseconds, long Queries);

    private sealed class Samples
    {
        private readonly List<double> _milliseconds = [];
        private long _queries;

        public double P50 => Percentile(0.50);

        public double P99 => Percentile(0.99);

        public void Add(Round round)
        {
            _milliseconds.AddRange(round.Milliseconds);
            _queries += round.Queries;
        }

        public string Row(string name) => string.Create(CultureInfo.InvariantCulture,
            $"| {name} | {P50:0.00} | {P99:0.00} | {(double)_queries / _milliseconds.Count:0.00} | {_milliseconds.Count:N0} |");

        private double Percentile(double p)
        {
            var sorted = _milliseconds.Order().ToArray();
            return sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(p * sorted.Length) - 1)];
        }
    }

    /// <summary>Sends the query <paramref name="count"/> times, one at a time; <paramref name="before"/> runs untimed before each.</summary>
    private static async Task<Round> MeasureAsync(ServiceHost host, string query, SqlQueryCounter counter, int count, Func<Task>? before)
    {
        var times = new List<double>(count);
        long queries = 0;
        for (var i = 0; i < count; i++)
        {
            if (before is not null)
            {
                await before();
            }

            var startQueries = counter.ProductQueries;
            var start = Stopwatch.GetTimestamp();
            using var response = await host.PostAsync(query);
            times.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
            queries += counter.ProductQueries - startQueries;
            if (response.Errors.Count > 0)
            {
                throw new InvalidOperationException($"The lookup failed: {response.Body}");
            }
        }

        return new Round(times, queries);
    }

}
