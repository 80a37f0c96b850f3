using System.Runtime.InteropServices;

namespace Graph.Benchmarks.Engine;

/// <summary>What the report says about the machine: cores, CPU, OS, runtime and load average (Linux /proc).</summary>
internal static class MachineInfo
{
    /// <summary>The 1, 5 and 15 minute load averages as /proc/loadavg prints them, or "unknown".</summary>
    public static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "unknown";

    public static string Cpu()
    {
        var line = File.Exists("/proc/cpuinfo") ? File.ReadLines("/proc/cpuinfo").FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal)) : null;
        return line is null ? RuntimeInformation.ProcessArchitecture.ToString() : line[(line.IndexOf(':', StringComparison.Ordinal) + 1)..].Trim();
    }

    public static string OperatingSystem()
    {
        const string key = "PRETTY_NAME=";
        var line = File.Exists("/etc/os-release") ? File.ReadLines("/etc/os-release").FirstOrDefault(l => l.StartsWith(key, StringComparison.Ordinal)) : null;
        return line is null ? RuntimeInformation.OSDescription : line[key.Length..].Trim('"');
    }

    public static string Describe() =>
        $"{Environment.ProcessorCount} cores ({Cpu()}), {OperatingSystem()}, {RuntimeInformation.FrameworkDescription}";
}
