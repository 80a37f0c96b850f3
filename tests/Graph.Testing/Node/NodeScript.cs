using System.Diagnostics;
using System.Text;
using System.Text.Json;

namespace Graph.Testing.Node;

/// <summary>
/// Runs a node script of the test suite once for a whole corpus: one JSON line in per case on
/// standard input, one JSON line out per case, in order. Starting node costs far more than a case,
/// so differential tests (graphql-js, npm protocol clients) batch through this.
/// </summary>
public static class NodeScript
{
    private static readonly TimeSpan DefaultTimeout = TimeSpan.FromMinutes(2);

    /// <summary>graphql-js (npm <c>graphql</c>): <c>GRAPHQL_JS_DIR</c>, else the checkout's <c>node_modules/graphql</c>.</summary>
    public static string GraphQLJsDirectory
    {
        get
        {
            var fromEnvironment = Environment.GetEnvironmentVariable("GRAPHQL_JS_DIR");
            var directory = string.IsNullOrEmpty(fromEnvironment)
                ? Path.Combine(RepositoryPaths.Root, "node_modules", "graphql")
                : fromEnvironment;
            return File.Exists(Path.Combine(directory, "package.json"))
                ? Path.GetFullPath(directory)
                : throw new InvalidOperationException($"graphql-js not found at {directory}: run ./graph setup (npm ci at the repository root) or set GRAPHQL_JS_DIR.");
        }
    }

    /// <summary>
    /// Runs <paramref name="script"/> with <c>GRAPHQL_JS_DIR</c> set, feeds it <paramref name="inputLines"/> and
    /// returns its output lines; fails clearly when node fails, hangs, or answers a different number of lines.
    /// </summary>
    public static IReadOnlyList<string> RunJsonLines(string script, IReadOnlyCollection<string> inputLines, params string[] arguments)
    {
        var start = new ProcessStartInfo("node")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardInputEncoding = new UTF8Encoding(false),
            StandardOutputEncoding = Encoding.UTF8,
        };
        start.ArgumentList.Add(RepositoryPaths.ResolveSourcePath(script));
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["GRAPHQL_JS_DIR"] = GraphQLJsDirectory;
        using var process = Process.Start(start) ?? throw new InvalidOperationException("node did not start; is Node 20 installed?");
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        foreach (var line in inputLines)
        {
            process.StandardInput.Write(line);
            process.StandardInput.Write('\n');
        }

        process.StandardInput.Close();
        if (!process.WaitForExit(DefaultTimeout))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"node {script} did not answer within {DefaultTimeout.TotalMinutes:0} minutes.");
        }

        var lines = output.Result.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        if (process.ExitCode != 0 || lines.Length != inputLines.Count)
        {
            throw new InvalidOperationException(
                $"node {script} exited with {process.ExitCode} and answered {lines.Length} of {inputLines.Count} inputs:\n{errors.Result}");
        }

        return lines;
    }

    /// <summary>
    /// Runs a script that drives something (an npm protocol client, a browser) and reports one JSON object as its
    /// last output line; fails clearly when node fails or outlives <paramref name="timeout"/>.
    /// </summary>
    public static async Task<JsonElement> RunForReportAsync(
        string script,
        TimeSpan timeout,
        IReadOnlyDictionary<string, string>? environment = null,
        params string[] arguments)
    {
        var start = new ProcessStartInfo("node")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = RepositoryPaths.Root,
        };
        start.ArgumentList.Add(RepositoryPaths.ResolveSourcePath(script));
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["NODE_PATH"] = Path.Combine(RepositoryPaths.Root, "node_modules");
        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("node did not start; is Node 20 installed?");
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        using var deadline = new CancellationTokenSource(timeout);
        try
        {
            await process.WaitForExitAsync(deadline.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"node {Path.GetFileName(script)} did not finish within {timeout.TotalSeconds:0} s:\n{await errors}");
        }

        var lines = (await output).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        if (process.ExitCode != 0 || lines.Length == 0)
        {
            throw new InvalidOperationException($"node {Path.GetFileName(script)} exited with {process.ExitCode}:\n{string.Join('\n', lines)}\n{await errors}");
        }

        return JsonSerializer.Deserialize<JsonElement>(lines[^1]);
    }
}
