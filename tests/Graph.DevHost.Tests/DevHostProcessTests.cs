using System.Diagnostics;
using System.Text.Json;
using FluentAssertions;
using Xunit;

namespace Graph.DevHost.Tests;

/// <summary>
/// Runs the real host the way <c>./graph up</c> does, as a separate process, and stops it the way
/// Ctrl-C does (SIGINT), so what is checked is what an operator sees.
/// </summary>
public sealed class DevHostProcessTests : IDisposable
{
    private static readonly TimeSpan Bounded = TimeSpan.FromSeconds(60);
    private readonly string _workDirectory = Directory.CreateTempSubdirectory("devhost-").FullName;

    [Fact]
    public async Task Up_Should_Print_Kafka_Brokers_That_Kcat_Lists_And_Stop_Every_Service_On_Ctrl_C()
    {
        var marker = $"{Random.Shared.Next(100_000, 999_999)}";
        var manifest = WriteManifest(
            new { name = "first", url = "http://127.0.0.1:1", command = "sleep", arguments = new[] { $"3{marker}" } },
            new { name = "second", url = "http://127.0.0.1:2", command = "sleep", arguments = new[] { $"4{marker}" } });

        using var host = StartHost(manifest);
        var output = await ReadUntilAsync(host, "Press Ctrl-C to stop.");

        var kafkaLine = output.Single(line => line.TrimStart().StartsWith("Kafka", StringComparison.Ordinal));
        var bootstrap = kafkaLine.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1];
        bootstrap.Split(',').Should().HaveCount(3);
        output.Should().Contain(line => line.Contains("first") && line.Contains("http://127.0.0.1:1"));
        SleepersAlive(marker).Should().Be(2, "both supervised services run");

        var metadata = await RunAsync("kcat", $"-b {bootstrap} -L");
        metadata.Should().Contain("3 brokers:");

        SendSignal(host.Id, signal: 2);
        (await WaitForExitAsync(host)).Should().Be(0);
        SleepersAlive(marker).Should().Be(0, "Ctrl-C stops every process the host started");
    }

    [Fact]
    public async Task Up_Should_Print_The_Gateway_Url_Last_As_The_Address_To_Open()
    {
        var marker = $"{Random.Shared.Next(100_000, 999_999)}";
        var manifest = WriteManifest(
            new { name = "users", url = "http://127.0.0.1:1/graphql", command = "sleep", arguments = new[] { $"6{marker}" } },
            new { name = "gateway", url = "http://127.0.0.1:2/graphql", command = "sleep", arguments = new[] { $"7{marker}" } });

        using var host = StartHost(manifest);
        var output = await ReadUntilAsync(host, "Open http");

        output[^1].Should().StartWith("Open http://127.0.0.1:2/graphql");
        SendSignal(host.Id, signal: 2);
        (await WaitForExitAsync(host)).Should().Be(0);
    }

    [Fact]
    public async Task Up_Should_Stop_Everything_When_A_Service_Exits()
    {
        var marker = $"{Random.Shared.Next(100_000, 999_999)}";
        var manifest = WriteManifest(
            new { name = "crashing", url = "http://127.0.0.1:1", command = "sh", arguments = new[] { "-c", "sleep 1; exit 3" } },
            new { name = "steady", url = "http://127.0.0.1:2", command = "sleep", arguments = new[] { $"5{marker}" } });

        using var host = StartHost(manifest);

        (await WaitForExitAsync(host)).Should().Be(1);
        SleepersAlive(marker).Should().Be(0);
    }

    public void Dispose() => Directory.Delete(_workDirectory, recursive: true);

    private string WriteManifest(params object[] services)
    {
        var path = Path.Combine(_workDirectory, "services.json");
        File.WriteAllText(path, JsonSerializer.Serialize(services));
        return path;
    }

    private Process StartHost(string manifest)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "Graph.DevHost.dll"));
        start.ArgumentList.Add("--root");
        start.ArgumentList.Add(_workDirectory);
        start.ArgumentList.Add("--manifest");
        start.ArgumentList.Add(manifest);
        start.Environment.Remove("KAFKA_BOOTSTRAP_SERVERS");
        return Process.Start(start)!;
    }

    private static async Task<List<string>> ReadUntilAsync(Process process, string last) // last: the start of the line to stop after
    {
        using var timeout = new CancellationTokenSource(Bounded);
        var lines = new List<string>();
        while (await process.StandardOutput.ReadLineAsync(timeout.Token) is { } line)
        {
            lines.Add(line);
            if (line.StartsWith(last, StringComparison.Ordinal))
            {
                return lines;
            }
        }

        throw new InvalidOperationException($"The host ended before printing '{last}':\n{string.Join('\n', lines)}\n{await process.StandardError.ReadToEndAsync()}");
    }

    private static async Task<int> WaitForExitAsync(Process process)
    {
        using var timeout = new CancellationTokenSource(Bounded);
        var drain = process.StandardOutput.ReadToEndAsync(timeout.Token);
        await process.WaitForExitAsync(timeout.Token);
        await drain;
        return process.ExitCode;
    }

    private static async Task<string> RunAsync(string command, string arguments)
    {
        using var process = Process.Start(new ProcessStartInfo(command, arguments) { RedirectStandardOutput = true, RedirectStandardError = true })!;
        using var timeout = new CancellationTokenSource(Bounded);
        var output = await process.StandardOutput.ReadToEndAsync(timeout.Token);
        await process.WaitForExitAsync(timeout.Token);
        process.ExitCode.Should().Be(0, await process.StandardError.ReadToEndAsync());
        return output;
    }

    private static int SleepersAlive(string marker) =>
        Directory.EnumerateDirectories("/proc")
            .Select(dir => Path.Combine(dir, "cmdline"))
            .Count(path => ReadOrEmpty(path).Contains(marker, StringComparison.Ordinal) && ReadOrEmpty(path).StartsWith("sleep", StringComparison.Ordinal));

    private static string ReadOrEmpty(string path)
    {
        try
        {
            return File.ReadAllText(path).Replace('\0', ' ');
        }
        catch (IOException)
        {
            return string.Empty;
        }
        catch (UnauthorizedAccessException)
        {
            return string.Empty;
        }
    }

    private static void SendSignal(int pid, int signal) => Process.Start("kill", $"-{signal} {pid}")!.WaitForExit();
}
