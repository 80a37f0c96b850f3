using Graph.Benchmarks;

// One entry per benchmark; each lives in its own file and takes the remaining arguments.
var benchmarks = new Dictionary<string, Func<string[], Task<int>>>(StringComparer.OrdinalIgnoreCase)
{
    ["redis"] = RedisThroughputBenchmark.RunAsync,
    ["engine"] = Graph.Benchmarks.Engine.EngineBenchmark.RunAsync,
    ["sse"] = Graph.Benchmarks.Subscriptions.SseBenchmark.RunAsync,
    ["http"] = Graph.Benchmarks.Http.HttpThroughputBenchmark.RunAsync,
    ["cache"] = Graph.Benchmarks.Cache.EntityCacheBenchmark.RunAsync,
    ["checkout"] = Graph.Benchmarks.Checkout.CheckoutBenchmark.RunAsync,
    ["gateway"] = Graph.Benchmarks.Gateway.GatewayBenchmark.RunAsync,
};

if (args.Length == 0 || !benchmarks.TryGetValue(args[0], out var run))
{
    Console.Error.WriteLine($"usage: dotnet run -c Release --project tests/Graph.Benchmarks -- <{string.Join('|', benchmarks.Keys)}> [options]");
    return 2;
}

return await run(args[1..]);
