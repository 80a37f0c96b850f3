using Graph.Benchmarks;

// One entry per benchmark; each lives in its own file and declares its options (BenchmarkCommand).
BenchmarkCommand[] benchmarks =
[
    RedisThroughputBenchmark.Command,
    Graph.Benchmarks.Engine.EngineBenchmark.Command,
    Graph.Benchmarks.Subscriptions.SseBenchmark.Command,
    Graph.Benchmarks.Http.HttpThroughputBenchmark.Command,
    Graph.Benchmarks.Cache.EntityCacheBenchmark.Command,
    Graph.Benchmarks.Checkout.CheckoutBenchmark.Command,
    Graph.Benchmarks.Gateway.GatewayBenchmark.Command,
];

var command = args.Length == 0 ? null : benchmarks.FirstOrDefault(b => string.Equals(b.Name, args[0], StringComparison.OrdinalIgnoreCase));
if (command is null)
{
    var asked = args.Length > 0 && BenchmarkCommand.IsHelp(args[0]);
    var output = asked ? Console.Out : Console.Error;
    output.WriteLine("usage: ./graph bench NAME [options]   (./graph bench NAME --help for its options; results in docs/benchmarks.md)");
    foreach (var benchmark in benchmarks)
    {
        output.WriteLine($"  {benchmark.Name,-10} {benchmark.Summary}");
    }

    return asked ? 0 : 2;
}

var options = args[1..];
if (options.Any(BenchmarkCommand.IsHelp))
{
    Console.Out.Write(command.Usage());
    return 0;
}

if (command.Check(options) is { } problem)
{
    Console.Error.WriteLine($"./graph bench {command.Name}: {problem}");
    Console.Error.Write(command.Usage());
    return 2;
}

return await command.Run(options);
