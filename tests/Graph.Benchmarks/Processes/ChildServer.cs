using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Graph.Benchmarks.Gateway;

/// <summary>
/// A GraphQL server the benchmark runs as a child process (our built gateway, Hive Gateway): its standard error echoed
/// with a prefix, ready once its endpoint answers <c>{ __typename }</c>, killed with its process tree when disposed.
/// </summary>
internal sealed class GraphQLServerProcess : IDisposable
{
    private static readonly TimeSpan ReadyTimeout = TimeSpan.FromSeconds(60);

    private readonly Process _process;
    private readonly string _name;

    private GraphQLServerProcess(Process process, Uri endpoint, string name)
    {
        _process = process;
        Endpoint = endpoint;
        _name = name;
    }

    public Uri Endpoint { get; }

    /// <summary>The process id (its children, e.g. Hive's forked workers, are in its tree).</summary>
    public int ProcessId => _process.Id;

    /// <summary>A free port on 127.0.0.1 for the server to listen on.</summary>
    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>The endpoint of a server listening on <paramref name="port"/> of 127.0.0.1.</summary>
    public static Uri EndpointAt(int port) => new($"http://127.0.0.1:{port.ToString(CultureInfo.InvariantCulture)}/graphql");

    /// <summary>Starts <paramref name="start"/> (its output redirected) and waits until <paramref name="endpoint"/> answers.</summary>
    public static async Task<GraphQLServerProcess> StartAsync(ProcessStartInfo start, Uri endpoint, string name)
    {
        ArgumentNullException.ThrowIfNull(start);
        start.RedirectStandardOutput = true;
        start.RedirectStandardError = true;
        var process = Process.Start(start) ?? throw new InvalidOperationException($"{name} did not start.");
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, e) => { if (e.Data is { Length: > 0 } line) Console.Error.WriteLine($"{name}: {line}"); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var server = new GraphQLServerProcess(process, endpoint, name);
        try
        {
            await server.WaitUntilReadyAsync();
        }
        catch
        {
            server.Dispose();
            throw;
        }

        return server;
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
        var deadline = DateTime.UtcNow + ReadyTimeout;
        while (DateTime.UtcNow < deadline)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"{_name} exited with {_process.ExitCode} before answering.");
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

        throw new TimeoutException($"{_name} did not answer at {Endpoint} within {ReadyTimeout.TotalSeconds} s.");
    }
}
