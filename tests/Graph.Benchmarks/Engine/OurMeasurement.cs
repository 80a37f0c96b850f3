using BenchmarkDotNet.Reports;

namespace Graph.Benchmarks.Engine;

/// <summary>One of our benchmarks as BenchmarkDotNet measured it (times in nanoseconds per operation).</summary>
internal sealed record OurMeasurement(string Method, double MedianNs, double MinNs, double MaxNs, double StdDevNs, long? AllocatedBytes)
{
    public double OpsPerSecond => 1e9 / MedianNs;

    /// <summary>Every benchmark of the summary that produced statistics, by method name.</summary>
    public static IReadOnlyDictionary<string, OurMeasurement> FromSummary(Summary summary)
    {
        ArgumentNullException.ThrowIfNull(summary);
        var measurements = new Dictionary<string, OurMeasurement>(StringComparer.Ordinal);
        foreach (var report in summary.Reports)
        {
            if (report.ResultStatistics is not { } stats)
            {
                continue;
            }

            var method = report.BenchmarkCase.Descriptor.WorkloadMethod.Name;
            measurements[method] = new OurMeasurement(
                method, stats.Median, stats.Min, stats.Max, stats.StandardDeviation,
                report.GcStats.GetBytesAllocatedPerOperation(report.BenchmarkCase));
        }

        return measurements;
    }
}
