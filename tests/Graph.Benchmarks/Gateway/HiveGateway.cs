using System.Diagnostics;
using Graph.Benchmarks.Processes;

namespace Graph.Benchmarks.Gateway;

/// <summary>
/// Hive Gateway (npm <c>@graphql-hive/gateway</c>, its own node process), the baseline: served a supergraph that The
/// Guild's Federation composition builds from the same running subgraphs' Apollo Federation SDL
/// (<c>hive/compose-supergraph.mjs</c>). Its npm packages live in <c>hive/package.json</c>, apart from the root's
/// (Hive needs graphql@16, the root pins graphql-js 17), and are installed with <c>npm ci</c> on first use.
/// </summary>
internal sealed class HiveGateway : IDisposable
{
    private static readonly string Directory = Path.Combine(Graph.Testing.RepositoryPaths.Root, "tests", "Graph.Benchmarks", "Gateway", "hive");
    private readonly ChildServer _server;

    private HiveGateway(ChildServer server) => _server = server;

    public Uri Endpoint => _server.Endpoint;

    /// <summary>The node process (its forked workers are its children).</summary>
    public int ProcessId => _server.ProcessId;

    public static string Version() =>
        File.ReadAllText(Path.Combine(Directory, "node_modules", "@graphql-hive", "gateway", "package.json")) is { } json
            ? System.Text.Json.JsonDocument.Parse(json).RootElement.GetProperty("version").GetString() ?? "?"
            : "?";

    public static async Task<HiveGateway> StartAsync(IReadOnlyDictionary<string, Uri> subgraphs, string workDirectory)
    {
        if (!System.IO.Directory.Exists(Path.Combine(Directory, "node_modules", "@graphql-hive", "gateway")))
        {
            await RunAsync("npm", ["ci", "--no-audit", "--no-fund"], TimeSpan.FromMinutes(5));
        }

        var supergraph = Path.Combine(workDirectory, "supergraph.graphql");
        await RunAsync("node", [Path.Combine(Directory, "compose-supergraph.mjs"), supergraph, .. subgraphs.Select(s => $"{s.Key}={s.Value}")], TimeSpan.FromMinutes(1));

        var port = ChildServer.FreePort();
        var start = new ProcessStartInfo("node") { WorkingDirectory = Directory };
        start.ArgumentList.Add(Path.Combine(Directory, "node_modules", "@graphql-hive", "gateway", "dist", "bin.js"));
        foreach (var argument in new[] { "supergraph", supergraph, "--host", "127.0.0.1", "--port", port.ToString(System.Globalization.CultureInfo.InvariantCulture) })
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["NODE_ENV"] = "production";
        return new HiveGateway(await ChildServer.StartAnsweringAsync(start, "Hive Gateway", port));
    }

    public void Dispose() => _server.Dispose();

    private static async Task RunAsync(string command, string[] arguments, TimeSpan timeout)
    {
        var start = new ProcessStartInfo(command) { WorkingDirectory = Directory, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{command} did not start.");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var cancel = new CancellationTokenSource(timeout);
        await process.WaitForExitAsync(cancel.Token);
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{command} {string.Join(' ', arguments)} failed ({process.ExitCode}): {await error}{await output}");
        }
    }
}
