using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Filters;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Loggers;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace Graph.Benchmarks.Engine;

/// <summary>
/// <c>./graph bench engine --quick [METHOD...]</c>: only our side, a shorter job, nothing written to the docs. For
/// checking an optimisation between full runs (which take minutes and also run graphql-js); ratios between methods
/// of one quick run (execution against System.Text.Json) are meaningful, absolute figures on a loaded machine are not.
/// Default methods: ExecuteCatalog, SerializeCatalogSourceGenerated, ParseQuery.
/// </summary>
internal static class EngineQuick
{
    private static readonly string[] DefaultMethods = ["ExecuteCatalog", "SerializeCatalogSourceGenerated", "ParseQuery"];

    public static async Task<int> RunAsync(string[] args)
    {
        var methods = args.Where(a => !a.StartsWith("--", StringComparison.Ordinal)).ToArray();
        if (methods.Length == 0)
        {
            methods = DefaultMethods;
        }

        var directory = Path.Combine(Path.GetTempPath(), $"graph-bench-engine-quick-{Environment.ProcessId}");
        EngineWorkloads.Write(directory);
        Environment.SetEnvironmentVariable(EngineWorkloads.DirectoryVariable, directory);
        try
        {
            // The same checks as a full run, so a quick run never measures a wrong response.
            await EngineChecks.RunOursAsync().ConfigureAwait(false);
            await ReportSynchronousCompletionAsync().ConfigureAwait(false);
            var config = ManualConfig.CreateEmpty()
                .AddJob(Job.Default
                    .WithToolchain(InProcessEmitToolchain.Instance)
                    .WithLaunchCount(1)
                    .WithWarmupCount(3)
                    .WithIterationCount(6)
                    .WithIterationTime(Perfolizer.Horology.TimeInterval.FromMilliseconds(300))
                    .WithId("quick"))
                .AddDiagnoser(MemoryDiagnoser.Default)
                .AddColumnProvider(BenchmarkDotNet.Columns.DefaultColumnProviders.Instance)
                .AddLogger(ConsoleLogger.Default)
                .AddFilter(new NameFilter(name => methods.Contains(name, StringComparer.OrdinalIgnoreCase)))
                .WithArtifactsPath(Path.Combine(directory, "artifacts"))
                .WithOptions(ConfigOptions.DisableLogFile);
            var measured = OurMeasurement.FromSummary(BenchmarkRunner.Run<EngineBenchmarks>(config));
            Console.WriteLine($"load average: {MachineInfo.LoadAverage()}");
            foreach (var m in measured.Values)
            {
                Console.WriteLine($"{m.Method,-34} median {m.MedianNs / 1000,10:N1} us  min {m.MinNs / 1000,10:N1} us  allocated {m.AllocatedBytes,10:N0} B");
            }

            if (measured.TryGetValue("ExecuteCatalog", out var execute) && measured.TryGetValue("SerializeCatalogSourceGenerated", out var stj))
            {
                Console.WriteLine($"execution / System.Text.Json: median {execute.MedianNs / stj.MedianNs:N2}, min {execute.MinNs / stj.MinNs:N2}");
            }

            return measured.Count == methods.Length ? 0 : 1;
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    // A request over in-memory data should finish on the calling thread; one that hops to the thread pool pays for
    // scheduling, which on a loaded machine dominates the measurement.
    private static async Task ReportSynchronousCompletionAsync()
    {
        var benchmarks = new EngineBenchmarks();
        benchmarks.Setup();
        var synchronous = 0;
        const int requests = 200;
        for (var i = 0; i < requests; i++)
        {
            var execution = benchmarks.ExecuteCatalog();
            synchronous += execution.IsCompleted ? 1 : 0;
            await execution.ConfigureAwait(false);
        }

        Console.WriteLine($"ExecuteCatalog completed synchronously: {synchronous} of {requests}");
    }
}
