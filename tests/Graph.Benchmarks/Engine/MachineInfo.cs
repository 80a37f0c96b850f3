using System.Runtime.InteropServices;

namespace Graph.Benchmarks.Engine;

/// <summary>What the report says about the machine: cores, CPU, OS, runtime and load average (Linux /proc).</summary>
internal static class MachineInfo
{
    /// <summary>The 1, 5 and 15 minute load averages as /proc/loadavg prints them, or "unknown".</summary>
    public static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "unknown";

    /// <summary>
    /// The CPU time every core has spent busy since boot (user, nice, system, irq and softirq of /proc/stat's first
    /// line; idle, I/O wait and time stolen by the hypervisor left out), or null where /proc is not available. The
    /// kernel counts it in USER_HZ ticks, 100 per second on Linux whatever the kernel's own tick rate.
    /// </summary>
    public static TimeSpan? BusyCpuTime()
    {
        if (!File.Exists("/proc/stat"))
        {
            return null;
        }

        // "cpu  user nice system idle iowait irq softirq steal guest guest_nice"
        var fields = File.ReadLines("/proc/stat").First().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var ticks = new[] { 1, 2, 3, 6, 7 }.Sum(i => long.Parse(fields[i], System.Globalization.CultureInfo.InvariantCulture));
        return TimeSpan.FromMilliseconds(ticks * 10);
    }

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
