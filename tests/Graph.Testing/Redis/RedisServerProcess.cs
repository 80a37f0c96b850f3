using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Graph.Testing.Redis;

/// <summary>What a private <c>redis-server</c> is started with.</summary>
public sealed record RedisServerSettings
{
    /// <summary><c>requirepass</c>: the <c>default</c> user's password.</summary>
    public string? Password { get; init; }

    /// <summary>An extra ACL user with full rights, authenticated with <see cref="UserPassword"/>.</summary>
    public string? User { get; init; }

    public string? UserPassword { get; init; }

    /// <summary>The server binary; <c>GRAPH_REDIS_SERVER</c> overrides the Debian path.</summary>
    public string ServerPath { get; init; } =
        Environment.GetEnvironmentVariable("GRAPH_REDIS_SERVER") ?? "/usr/bin/redis-server";
}

/// <summary>
/// A private <c>redis-server</c> on a free loopback port: no persistence, its own temp
/// directory, killed on dispose. It can be stopped and started again on the same port to
/// test recovery. Used by the test fixture and the benchmarks.
/// </summary>
public sealed class RedisServerProcess : IAsyncDisposable
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(15);
    private readonly RedisServerSettings _settings;
    private readonly string _directory;
    private readonly StringBuilder _log = new();
    private Process? _process;

    private RedisServerProcess(RedisServerSettings settings, int port)
    {
        _settings = settings;
        Port = port;
        _directory = Directory.CreateTempSubdirectory("graph-redis-").FullName;
    }

    public string Host => "127.0.0.1";

    public int Port { get; }

    public string EndPoint => $"{Host}:{Port}";

    public bool IsRunning => _process is { HasExited: false };

    /// <summary>The server's output so far, for failure messages.</summary>
    public string Log
    {
        get
        {
            lock (_log)
            {
                return _log.ToString();
            }
        }
    }

    public static async Task<RedisServerProcess> StartAsync(RedisServerSettings? settings = null, CancellationToken cancellationToken = default)
    {
        settings ??= new RedisServerSettings();
        if (!File.Exists(settings.ServerPath))
        {
            throw new InvalidOperationException(
                $"redis-server not found at {settings.ServerPath}; run ./graph setup, or set GRAPH_TEST_REDIS to use a running server.");
        }

        // The free port can be taken between probing and binding; a few fresh tries cover that race.
        for (var attempt = 1; ; attempt++)
        {
            var server = new RedisServerProcess(settings, FreePort());
            try
            {
                await server.StartAsync(cancellationToken).ConfigureAwait(false);
                return server;
            }
            catch (InvalidOperationException) when (attempt < 3)
            {
                await server.DisposeAsync().ConfigureAwait(false);
            }
            catch
            {
                await server.DisposeAsync().ConfigureAwait(false);
                throw;
            }
        }
    }

    /// <summary>Starts the server (again) on <see cref="Port"/> and waits until it answers PING.</summary>
    public async Task StartAsync(CancellationToken cancellationToken = default)
    {
        if (IsRunning)
        {
            return;
        }

        var start = new ProcessStartInfo(_settings.ServerPath)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = _directory,
        };
        foreach (var argument in Arguments())
        {
            start.ArgumentList.Add(argument);
        }

        var process = new Process { StartInfo = start };
        process.OutputDataReceived += (_, e) => Append(e.Data);
        process.ErrorDataReceived += (_, e) => Append(e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        _process = process;
        await WaitUntilReadyAsync(process, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Kills the server (no clean shutdown: clients see the connection drop, as in a crash).</summary>
    public async Task StopAsync()
    {
        var process = _process;
        _process = null;
        if (process is null)
        {
            return;
        }

        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
        }

        await process.WaitForExitAsync().ConfigureAwait(false);
        process.Dispose();
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync().ConfigureAwait(false);
        try
        {
            Directory.Delete(_directory, recursive: true);
        }
        catch (IOException)
        {
            // A temp directory left behind is harmless; failing the test run over it is not.
        }
    }

    private IEnumerable<string> Arguments()
    {
        // Everything on the command line, so no config file is needed.
        string[] arguments =
        [
            "--port", Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
            "--bind", Host,
            "--save", string.Empty,
            "--appendonly", "no",
            "--dir", _directory,
            "--daemonize", "no",
            "--logfile", string.Empty,
            "--databases", "16",
        ];
        foreach (var argument in arguments)
        {
            yield return argument;
        }

        if (_settings.Password is not null)
        {
            yield return "--requirepass";
            yield return _settings.Password;
        }

        if (_settings.User is not null)
        {
            yield return "--user";
            yield return _settings.User;
            yield return "on";
            yield return ">" + (_settings.UserPassword ?? string.Empty);
            yield return "~*";
            yield return "&*";
            yield return "+@all";
        }
    }

    private async Task WaitUntilReadyAsync(Process process, CancellationToken cancellationToken)
    {
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < StartTimeout)
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException($"redis-server exited with code {process.ExitCode} while starting on port {Port}:\n{Log}");
            }

            if (await AnswersPingAsync(cancellationToken).ConfigureAwait(false))
            {
                return;
            }

            await Task.Delay(20, cancellationToken).ConfigureAwait(false);
        }

        throw new TimeoutException($"redis-server on port {Port} did not answer PING within {StartTimeout.TotalSeconds:0} s:\n{Log}");
    }

    // A raw PING rather than our client, so a client bug cannot look like a server that never started.
    private async Task<bool> AnswersPingAsync(CancellationToken cancellationToken)
    {
        try
        {
            using var socket = new Socket(SocketType.Stream, ProtocolType.Tcp);
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(TimeSpan.FromSeconds(1));
            await socket.ConnectAsync(IPAddress.Loopback, Port, timeout.Token).ConfigureAwait(false);
            await socket.SendAsync("PING\r\n"u8.ToArray(), SocketFlags.None, timeout.Token).ConfigureAwait(false);
            var buffer = new byte[64];
            var read = await socket.ReceiveAsync(buffer, SocketFlags.None, timeout.Token).ConfigureAwait(false);
            var reply = Encoding.ASCII.GetString(buffer, 0, read);

            // A password-protected server answers NOAUTH, which still means it is up.
            return reply.StartsWith("+PONG", StringComparison.Ordinal) || reply.StartsWith("-NOAUTH", StringComparison.Ordinal);
        }
        catch (Exception ex) when (ex is SocketException or OperationCanceledException && !cancellationToken.IsCancellationRequested)
        {
            return false;
        }
    }

    private void Append(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_log)
        {
            _log.AppendLine(line);
        }
    }

    private static int FreePort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}
