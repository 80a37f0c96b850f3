using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Reflection;
using System.Text;

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
    private readonly Process _process;

    private GatewayProcess(Process process, Uri endpoint)
    {
        _process = process;
        Endpoint = endpoint;
    }

    public Uri Endpoint { get; }

    /// <summary>The process id (for <c>perf record -p</c> while profiling).</summary>
    public int ProcessId => _process.Id;

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

        var port = FreePort();
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = Path.GetDirectoryName(assembly)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.ArgumentList.Add(assembly);
        // As ServiceHost starts the in-process gateway, on a port of our own.
        start.ArgumentList.Add($"--urls=http://127.0.0.1:{port.ToString(CultureInfo.InvariantCulture)}");
        start.ArgumentList.Add("--environment=Development");
        foreach (var (key, value) in settings)
        {
            start.ArgumentList.Add($"--{key}={value}");
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException("The gateway did not start.");
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, e) => { if (e.Data is { Length: > 0 } line) Console.Error.WriteLine($"gateway: {line}"); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var gateway = new GatewayProcess(process, new Uri($"http://127.0.0.1:{port.ToString(CultureInfo.InvariantCulture)}/graphql"));
        try
        {
            await gateway.WaitUntilReadyAsync();
        }
        catch
        {
            gateway.Dispose();
            throw;
        }

        return gateway;
    }

    public void Dispose()
    {
        try
        {
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
                _process.WaitForExit(TimeSpan.FromSeconds(5));
            }
        }
        finally
        {
            _process.Dispose();
        }
    }

    private async Task WaitUntilReadyAsync()
    {
        using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (DateTime.UtcNow < deadline)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"The gateway exited with {_process.ExitCode} before answering.");
            }

            try
            {
                using var content = new StringContent("""{"query":"{ __typename }"}""", Encoding.UTF8, "application/json");
                using var response = await client.PostAsync(Endpoint, content);
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            await Task.Delay(250);
        }

        throw new TimeoutException($"The gateway did not answer at {Endpoint} within 60 s.");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
