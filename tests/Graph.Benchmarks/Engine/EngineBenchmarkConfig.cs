using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Loggers;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace Graph.Benchmarks.Engine;

/// <summary>
/// A short but statistically sane BenchmarkDotNet job: in-process (no generated project to build, the whole run
/// stays within minutes on 2 cores), one launch, 6 warm-up iterations (tiered JIT settles) and 10 measured
/// iterations of at least 500 ms each, allocations per operation from the memory diagnoser.
/// </summary>
internal static class EngineBenchmarkConfig
{
    public static IConfig Create(string artifactsPath) => ManualConfig.CreateEmpty()
        .AddJob(Job.Default
            .WithToolchain(InProcessEmitToolchain.Instance)
            .WithLaunchCount(1)
            .WithWarmupCount(6)
            .WithIterationCount(10)
            .WithIterationTime(Perfolizer.Horology.TimeInterval.FromMilliseconds(500))
            .WithId("engine"))
        .AddDiagnoser(MemoryDiagnoser.Default)
        .AddColumnProvider(DefaultColumnProviders.Instance)
        .AddLogger(ConsoleLogger.Default)
        .WithArtifactsPath(artifactsPath)
        .WithOptions(ConfigOptions.DisableLogFile);
}
