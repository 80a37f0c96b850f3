using System.Diagnostics;
using System.Text.Json;
using Graph.Testing;

namespace Graph.AspNetCore.Tests.Subscriptions.Support;

/// <summary>Runs one of the interop scripts in <c>Subscriptions/js</c> with the repository's node_modules; its stdout is one JSON object.</summary>
public static class NodeScript
{
    public static async Task<JsonElement> RunAsync(string script, params string[] arguments)
    {
        var root = RepositoryPaths.Root;
        var path = Path.Combine(root, "tests", "Graph.AspNetCore.Tests", "Subscriptions", "js", script);
        var start = new ProcessStartInfo("node") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = root };
        start.ArgumentList.Add(path);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["NODE_PATH"] = Path.Combine(root, "node_modules");
        using var process = Process.Start(start) ?? throw new InvalidOperationException("node did not start.");
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(90));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"node {script} did not finish within 90 s. stderr: {await errors}");
        }

        var text = (await output).Trim();
        if (process.ExitCode != 0 || text.Length == 0)
        {
            throw new InvalidOperationException($"node {script} exited with {process.ExitCode}. stdout: {text} stderr: {await errors}");
        }

        return JsonSerializer.Deserialize<JsonElement>(text.Split('\n')[^1]);
    }
}
