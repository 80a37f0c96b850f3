using System.Diagnostics;
using System.Globalization;
using System.Reflection;
using Graph.Benchmarks.Processes;

namespace Graph.Benchmarks.Gateway;

/// <summary>
/// Our gateway as it is deployed: the built <c>gateway/Graph.Gateway</c> application (same configuration as the
/// benchmark's build, its own runtimeconfig, so server GC as the Web SDK sets it) in its own <c>dotnet</c> process on a
/// free 127.0.0.1 port, given exactly the settings the in-process gateway of <see cref="GatewaySystem"/> got (the same
/// composition, subgraph URLs, JWKS and limits). Hive Gateway, the baseline, runs in its own process as well, so
/// neither gateway shares a runtime (or its garbage collector) with the subgraphs and the load generator.
/// </summary>
internal sealed class GatewayProcess : IDisposable
{
    private readonly ChildServer _server;

    private GatewayProcess(ChildServer server) => _server = server;

    public Uri Endpoint => _server.Endpoint;

    /// <summary>The process id (for <c>perf record -p</c> while profiling).</summary>
    public int ProcessId => _server.ProcessId;

    /// <summary>The gateway's own build output, in the configuration this benchmark was built with.</summary>
    public static string Assembly
    {
        get
        {
            var configuration = typeof(GatewayProcess).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "Release";
            return Path.Combine(Graph.Testing.RepositoryPaths.Root, "gateway", "Graph.Gateway", "bin", configuration, "net10.0", "Graph.Gateway.dll");
        }
    }

    public static async Task<GatewayProcess> StartAsync(IReadOnlyDictionary<string, string?> settings, string? assemblyPath = null)
    {
        var assembly = assemblyPath ?? Assembly;
        if (!File.Exists(assembly))
        {
            throw new InvalidOperationException($"{assembly} is missing: build gateway/Graph.Gateway first (the benchmark's build does).");
        }

        var port = ChildServer.FreePort();
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = Path.GetDirectoryName(assembly)! };
        start.ArgumentList.Add(assembly);
        // As ServiceHost starts the in-process gateway, on a port of our own.
        start.ArgumentList.Add($"--urls=http://127.0.0.1:{port.ToString(CultureInfo.InvariantCulture)}");
        start.ArgumentList.Add("--environment=Development");
        foreach (var (key, value) in settings)
        {
            start.ArgumentList.Add($"--{key}={value}");
        }

        return new GatewayProcess(await ChildServer.StartAnsweringAsync(start, "gateway", port));
    }

    public void Dispose() => _server.Dispose();
}
