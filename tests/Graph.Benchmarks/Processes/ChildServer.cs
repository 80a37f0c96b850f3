using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Graph.Benchmarks.Processes;

/// <summary>
/// A server a benchmark runs as a child process (our built gateway, Hive Gateway, GraphQL Yoga, this program in a
/// benchmark's <c>--serve</c> mode), so that it shares no runtime or garbage collector with the load generator. Its
/// standard error is echoed with its name. It is ready either once its endpoint answers <c>{ __typename }</c>
/// (<see cref="StartAnsweringAsync"/>) or once it prints <c>listening PORT</c> (<see cref="StartListeningAsync"/>: a
/// server that picks its own port). Disposing closes its standard input (a serve mode's signal to stop), waits for it to
/// exit, and kills its process tree if it does not.
/// </summary>
internal sealed class ChildServer : IDisposable
{
    private const string ListeningPrefix = "listening ";
    private static readonly TimeSpan ReadyTimeout = TimeSpan.FromSeconds(60);

    private readonly Process _process;
    private readonly TimeSpan _stopWait;

    private ChildServer(Process process, string name, Uri baseAddress, TimeSpan stopWait)
    {
        _process = process;
        Name = name;
        BaseAddress = baseAddress;
        _stopWait = stopWait;
    }

    public string Name { get; }

    /// <summary>The server's root, <c>http://127.0.0.1:PORT/</c>.</summary>
    public Uri BaseAddress { get; private set; }

    /// <summary>Its GraphQL endpoint, <c>/graphql</c> under <see cref="BaseAddress"/>.</summary>
    public Uri Endpoint => new(BaseAddress, "graphql");

    /// <summary>The process id (its children, e.g. Hive's forked workers, are in its tree; for <c>perf record -p</c>).</summary>
    public int ProcessId => _process.Id;

    /// <summary>A free port on 127.0.0.1 for a server told where to listen.</summary>
    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>This benchmark program again, running <paramref name="benchmark"/>'s server (<c>NAME --serve</c>).</summary>
    public static ProcessStartInfo ThisProgram(string benchmark)
    {
        // `dotnet Graph.Benchmarks.dll` or the apphost.
        var host = Environment.ProcessPath ?? "dotnet";
        var start = new ProcessStartInfo(host);
        if (Path.GetFileNameWithoutExtension(host) == "dotnet")
        {
            start.ArgumentList.Add(typeof(ChildServer).Assembly.Location);
        }

        start.ArgumentList.Add(benchmark);
        start.ArgumentList.Add("--serve");
        return start;
    }

    /// <summary>Starts a server told to listen on <paramref name="port"/>; ready once its endpoint answers.</summary>
    public static async Task<ChildServer> StartAnsweringAsync(ProcessStartInfo start, string name, int port)
    {
        var server = Start(start, name, new Uri($"http://127.0.0.1:{port.ToString(CultureInfo.InvariantCulture)}/"), TimeSpan.Zero, listening: null);
        return await ReadyOrDisposedAsync(server, server.WaitUntilAnsweringAsync()).ConfigureAwait(false);
    }

    /// <summary>Starts a server that picks its own port and prints <c>listening PORT</c> on standard output when ready.</summary>
    public static async Task<ChildServer> StartListeningAsync(ProcessStartInfo start, string name, TimeSpan stopWait)
    {
        var port = new TaskCompletionSource<int>(TaskCreationOptions.RunContinuationsAsynchronously);
        var server = Start(start, name, null, stopWait, port);
        return await ReadyOrDisposedAsync(server, server.WaitUntilListeningAsync(port.Task)).ConfigureAwait(false);
    }

    public void Dispose()
    {
        try
        {
            if (_process.StartInfo.RedirectStandardInput)
            {
                _process.StandardInput.Close();
            }

            if (!_process.WaitForExit(_stopWait))
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

    private static ChildServer Start(ProcessStartInfo start, string name, Uri? baseAddress, TimeSpan stopWait, TaskCompletionSource<int>? listening)
    {
        start.UseShellExecute = false;
        start.RedirectStandardInput = true;
        start.RedirectStandardOutput = true;
        start.RedirectStandardError = true;
        start.StandardOutputEncoding = Encoding.UTF8;
        var process = Process.Start(start) ?? throw new InvalidOperationException($"{name} did not start.");
        // A server that picks its own port gets its address once it prints it.
        var server = new ChildServer(process, name, baseAddress ?? new Uri("http://127.0.0.1/"), stopWait);
        process.OutputDataReceived += (_, e) =>
        {
            if (listening is not null && e.Data is { } line && line.StartsWith(ListeningPrefix, StringComparison.Ordinal))
            {
                listening.TrySetResult(int.Parse(line.AsSpan(ListeningPrefix.Length).Trim(), CultureInfo.InvariantCulture));
            }
        };
        process.ErrorDataReceived += (_, e) => { if (e.Data is { Length: > 0 } line) Console.Error.WriteLine($"{name}: {line}"); };
        process.Exited += (_, _) => listening?.TrySetException(new InvalidOperationException($"{name} exited before listening."));
        process.EnableRaisingEvents = true;
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return server;
    }

    private static async Task<ChildServer> ReadyOrDisposedAsync(ChildServer server, Task<ChildServer> ready)
    {
        try
        {
            return await ready.ConfigureAwait(false);
        }
        catch
        {
            server.Dispose();
            throw;
        }
    }

    private async Task<ChildServer> WaitUntilListeningAsync(Task<int> port)
    {
        var listening = await port.WaitAsync(ReadyTimeout).ConfigureAwait(false);
        BaseAddress = new Uri($"http://127.0.0.1:{listening.ToString(CultureInfo.InvariantCulture)}/");
        return this;
    }

    private async Task<ChildServer> WaitUntilAnsweringAsync()
    {
        using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        var deadline = DateTime.UtcNow + ReadyTimeout;
        while (DateTime.UtcNow < deadline)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"{Name} exited with {_process.ExitCode} before answering.");
            }

            try
            {
                using var content = new StringContent("""{"query":"{ __typename }"}""", Encoding.UTF8, "application/json");
                using var response = await client.PostAsync(Endpoint, content).ConfigureAwait(false);
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return this;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            await Task.Delay(250).ConfigureAwait(false);
        }

        throw new TimeoutException($"{Name} did not answer at {Endpoint} within {ReadyTimeout.TotalSeconds} s.");
    }
}
