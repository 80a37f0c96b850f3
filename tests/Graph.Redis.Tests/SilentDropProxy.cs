using System.Net;
using System.Net.Sockets;

namespace Graph.Redis.Tests;

/// <summary>
/// A TCP relay on 127.0.0.1 to a Redis server that can stop relaying the connections it has open without closing them:
/// to the client such a connection looks alive and says nothing, as one a NAT or load balancer dropped at its idle
/// timeout does. Connections made afterwards are relayed normally.
/// </summary>
internal sealed class SilentDropProxy : IAsyncDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly int _target;
    private readonly CancellationTokenSource _stop = new();
    private readonly List<Relay> _relays = [];
    private readonly Task _accepting;

    private SilentDropProxy(int target)
    {
        _target = target;
        _listener.Start();
        _accepting = AcceptAsync();
    }

    public int Port => ((IPEndPoint)_listener.LocalEndpoint).Port;

    public static SilentDropProxy Start(int targetPort) => new(targetPort);

    /// <summary>From now on the open connections swallow what either side sends.</summary>
    public void SilenceOpenConnections()
    {
        lock (_relays)
        {
            foreach (var relay in _relays)
            {
                relay.Silenced = true;
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _listener.Stop();
        await _accepting;
        lock (_relays)
        {
            foreach (var relay in _relays)
            {
                relay.Dispose();
            }
        }
    }

    private async Task AcceptAsync()
    {
        try
        {
            while (true)
            {
                var client = await _listener.AcceptTcpClientAsync(_stop.Token);
                var server = new TcpClient();
                await server.ConnectAsync(IPAddress.Loopback, _target, _stop.Token);
                var relay = new Relay(client, server);
                lock (_relays)
                {
                    _relays.Add(relay);
                }

                _ = relay.PumpAsync(client.GetStream(), server.GetStream(), _stop.Token);
                _ = relay.PumpAsync(server.GetStream(), client.GetStream(), _stop.Token);
            }
        }
        catch (Exception ex) when (ex is OperationCanceledException or ObjectDisposedException or SocketException)
        {
            // Stopped.
        }
    }

    private sealed class Relay(TcpClient client, TcpClient server) : IDisposable
    {
        public volatile bool Silenced;

        public async Task PumpAsync(NetworkStream from, NetworkStream to, CancellationToken cancellationToken)
        {
            var buffer = new byte[4096];
            try
            {
                int read;
                while ((read = await from.ReadAsync(buffer, cancellationToken)) > 0)
                {
                    if (!Silenced)
                    {
                        await to.WriteAsync(buffer.AsMemory(0, read), cancellationToken);
                    }
                }
            }
            catch (Exception ex) when (ex is OperationCanceledException or IOException or ObjectDisposedException)
            {
                // Either side closed, or the proxy stopped.
            }
        }

        public void Dispose()
        {
            client.Dispose();
            server.Dispose();
        }
    }
}
