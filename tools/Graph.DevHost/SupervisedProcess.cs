using System.Diagnostics;
using System.Runtime.InteropServices;

namespace Graph.DevHost;

/// <summary>
/// A child process whose output is prefixed with its name, stopped gracefully (SIGTERM, so
/// ASP.NET Core drains) and then, after a grace period, killed with its whole process tree.
/// </summary>
internal sealed partial class SupervisedProcess : IAsyncDisposable
{
    private const int SigTerm = 15;
    private static readonly TimeSpan GracePeriod = TimeSpan.FromSeconds(10);
    private readonly Process _process;
    private readonly string _name;

    private SupervisedProcess(Process process, string name)
    {
        _process = process;
        _name = name;
    }

    public int Id => _process.Id;

    public Task Exited => _process.WaitForExitAsync();

    public bool HasExited => _process.HasExited;

    public static SupervisedProcess Start(ServiceDefinition service, IReadOnlyDictionary<string, string> placeholders, string workingDirectory, TextWriter output)
    {
        var start = new ProcessStartInfo(Expand(service.Command, placeholders))
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in service.Arguments)
        {
            start.ArgumentList.Add(Expand(argument, placeholders));
        }

        foreach (var (key, value) in service.Environment ?? new Dictionary<string, string>())
        {
            start.Environment[key] = Expand(value, placeholders);
        }

        var process = new Process { StartInfo = start, EnableRaisingEvents = true };
        var prefix = $"[{service.Name}] ";
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) { output.WriteLine(prefix + e.Data); } };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) { output.WriteLine(prefix + e.Data); } };
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return new SupervisedProcess(process, service.Name);
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _ = Kill(_process.Id, SigTerm);
            using var grace = new CancellationTokenSource(GracePeriod);
            try
            {
                await _process.WaitForExitAsync(grace.Token);
            }
            catch (OperationCanceledException)
            {
                Console.Error.WriteLine($"{_name} did not stop within {GracePeriod.TotalSeconds:0}s; killing it.");
            }

            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
                await _process.WaitForExitAsync();
            }
        }

        _process.Dispose();
    }

    private static string Expand(string value, IReadOnlyDictionary<string, string> placeholders)
    {
        foreach (var (key, replacement) in placeholders)
        {
            value = value.Replace("{" + key + "}", replacement, StringComparison.Ordinal);
        }

        return value;
    }

    [LibraryImport("libc", EntryPoint = "kill", SetLastError = true)]
    private static partial int Kill(int pid, int signal);
}
