using BenchmarkDotNet.Running;

namespace Graph.Benchmarks.Engine;

/// <summary>
/// <c>./graph bench engine</c>: our GraphQL engine (BenchmarkDotNet, in-process) against graphql-js (node) on the
/// same generated workload files in the same run, plus execution against System.Text.Json serializing the same
/// response; prints the Markdown section and writes it to docs/benchmarks.md under "## GraphQL engine".
/// Options: <see cref="Command"/>.
/// </summary>
internal static class EngineBenchmark
{
    private static readonly BenchmarkOption Samples = BenchmarkOption.Integer("--samples", "N", 7, "graphql-js samples per workload, before and after ours");
    private static readonly BenchmarkOption SampleMs = BenchmarkOption.Integer("--sample-ms", "MS", 500, "milliseconds per graphql-js sample");
    private static readonly BenchmarkOption Keep = BenchmarkOption.Flag("--keep", "keep the workload folder");
    private static readonly BenchmarkOption Quick = BenchmarkOption.Flag("--quick", "our side only, a shorter job, nothing written (methods as operands)");

    public static BenchmarkCommand Command { get; } = new(
        "engine", "Our GraphQL engine (parse, validate, execute) against graphql-js and System.Text.Json on the same workloads.",
        [Samples, SampleMs, Keep, Quick, BenchmarkOption.NoDoc], RunAsync, Operands: "[METHOD...] (with --quick)");

    public static async Task<int> RunAsync(string[] args)
    {
        if (Quick.IsSet(args))
        {
            return await EngineQuick.RunAsync(args).ConfigureAwait(false);
        }

        var samples = Samples.ReadInteger(args);
        var sampleMs = SampleMs.ReadInteger(args);
        var started = DateTimeOffset.UtcNow;
        var loadBefore = MachineInfo.LoadAverage();

        var directory = Path.Combine(Path.GetTempPath(), $"graph-bench-engine-{Environment.ProcessId}");
        var workloads = EngineWorkloads.Write(directory);
        Environment.SetEnvironmentVariable(EngineWorkloads.DirectoryVariable, directory);
        try
        {
            Console.Error.WriteLine($"workloads in {directory}: SDL {new FileInfo(workloads.SchemaPath).Length:N0} bytes, query {new FileInfo(workloads.QueryPath).Length:N0} bytes");
            var ours = await EngineChecks.RunOursAsync().ConfigureAwait(false);
            Console.Error.WriteLine($"checks passed: query valid, System.Text.Json writes our {ours.Length:N0} response bytes");

            Console.Error.WriteLine("graphql-js, first round (one node process per workload)");
            var jsFirst = await GraphQLJsRunner.RunAsync(workloads, samples, sampleMs).ConfigureAwait(false);
            var jsSame = File.ReadAllBytes(workloads.GraphQLJsResultPath).AsSpan().SequenceEqual(ours);

            var summary = BenchmarkRunner.Run<EngineBenchmarks>(EngineBenchmarkConfig.Create(Path.Combine(directory, "artifacts")));
            var measured = OurMeasurement.FromSummary(summary);
            var missing = EngineReport.Workloads.Select(w => w.Ours).Concat(EngineReport.References).Where(m => !measured.ContainsKey(m)).ToList();
            if (missing.Count > 0)
            {
                Console.Error.WriteLine($"BenchmarkDotNet produced no result for {string.Join(", ", missing)}");
                return 1;
            }

            Console.Error.WriteLine("graphql-js, second round");
            var jsSecond = await GraphQLJsRunner.RunAsync(workloads, samples, sampleMs).ConfigureAwait(false);
            var js = GraphQLJsRunner.Combine(jsFirst, jsSecond);

            var run = new EngineRun(
                started, DateTimeOffset.UtcNow, loadBefore, MachineInfo.LoadAverage(), samples, sampleMs, measured, js, jsSame, ours.Length,
                new FileInfo(workloads.SchemaPath).Length, new FileInfo(workloads.QueryPath).Length);
            var section = EngineReport.Render(run);
            Console.WriteLine(section);
            MarkdownSections.WriteBenchmark(args, EngineReport.Heading, section);

            return 0;
        }
        finally
        {
            if (!Keep.IsSet(args))
            {
                Directory.Delete(directory, recursive: true);
            }
        }
    }

}
