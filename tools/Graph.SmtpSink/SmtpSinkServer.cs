using System.Net;
using System.Net.Sockets;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Graph.SmtpSink;

/// <summary>
/// A local SMTP server that keeps what it receives: SMTP on one port, and on an HTTP port <c>GET /messages</c> (JSON),
/// <c>DELETE /messages</c>, <c>POST /fail</c> (optionally <c>?code=421</c>) and <c>POST /recover</c>.
/// Stands in for a mail relay in development and tests. Listens on 127.0.0.1 only.
/// </summary>
public sealed class SmtpSinkServer : IAsyncDisposable
{
    private readonly TcpListener _listener;
    private readonly SmtpSinkOptions _options;
    private readonly CancellationTokenSource _stopping = new();
    private readonly SemaphoreSlim _connections;
    private readonly ILogger _logger;
    private WebApplication? _http;
    private Task _acceptLoop = Task.CompletedTask;
    private volatile SmtpFailureMode _failure;

    private SmtpSinkServer(TcpListener listener, SmtpSinkOptions options, ILogger logger)
    {
        _listener = listener;
        _options = options;
        _logger = logger;
        _connections = new SemaphoreSlim(options.MaxConnections);
        Messages = new MessageStore(options.MaxStoredMessages);
    }

    /// <summary>The messages received so far.</summary>
    public MessageStore Messages { get; }

    /// <summary>The SMTP port (the real one when started with 0).</summary>
    public int SmtpPort => ((IPEndPoint)_listener.LocalEndpoint).Port;

    /// <summary>The HTTP base address, e.g. <c>http://127.0.0.1:8025/</c>.</summary>
    public Uri HttpAddress { get; private set; } = null!;

    /// <summary>The current simulated outage, if any.</summary>
    public SmtpFailureMode Failure => _failure;

    /// <summary>Starts simulating an outage: MAIL FROM is answered as <paramref name="mode"/> says.</summary>
    public void Fail(SmtpFailureMode mode = SmtpFailureMode.TransientReject) => _failure = mode;

    /// <summary>Ends the simulated outage.</summary>
    public void Recover() => _failure = SmtpFailureMode.None;

    /// <summary>Starts the SMTP listener and the HTTP endpoints on 127.0.0.1 (port 0: a free port).</summary>
    public static async Task<SmtpSinkServer> StartAsync(int smtpPort = 0, int httpPort = 0, SmtpSinkOptions? options = null,
        ILoggerFactory? loggerFactory = null, CancellationToken ct = default)
    {
        options ??= new SmtpSinkOptions();
        var listener = new TcpListener(IPAddress.Loopback, smtpPort);
        listener.Start();
        var logger = (ILogger?)loggerFactory?.CreateLogger<SmtpSinkServer>() ?? Microsoft.Extensions.Logging.Abstractions.NullLogger.Instance;
        var server = new SmtpSinkServer(listener, options, logger);
        try
        {
            server._http = server.BuildHttp(httpPort);
            await server._http.StartAsync(ct);
            var address = server._http.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
            server.HttpAddress = new Uri(address.EndsWith('/') ? address : address + "/");
        }
        catch
        {
            await server.DisposeAsync();
            throw;
        }
        server._acceptLoop = server.AcceptLoopAsync();
        return server;
    }

    private WebApplication BuildHttp(int httpPort)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls($"http://127.0.0.1:{httpPort}");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        app.MapGet("/messages", () => Results.Json(Messages.All));
        app.MapDelete("/messages", () => { Messages.Clear(); return Results.NoContent(); });
        app.MapPost("/fail", (int? code) =>
        {
            if (code is not null and not 451 and not 421)
                return Results.BadRequest(new { error = "code must be 451 or 421" });
            Fail(code == 421 ? SmtpFailureMode.ServiceUnavailable : SmtpFailureMode.TransientReject);
            return Results.Json(new { failing = true, code = code ?? 451 });
        });
        app.MapPost("/recover", () => { Recover(); return Results.Json(new { failing = false }); });
        return app;
    }

    private async Task AcceptLoopAsync()
    {
        while (!_stopping.IsCancellationRequested)
        {
            TcpClient client;
            try { client = await _listener.AcceptTcpClientAsync(_stopping.Token); }
            catch (OperationCanceledException) { return; }
            catch (ObjectDisposedException) { return; }
            catch (SocketException) { continue; }
            _ = ServeAsync(client);
        }
    }

    private async Task ServeAsync(TcpClient client)
    {
        using (client)
        {
            if (!await _connections.WaitAsync(0))
            {
                await client.GetStream().WriteAsync("421 4.7.0 Too many connections\r\n"u8.ToArray());
                return;
            }
            try { await new SmtpSession(client, this, _options).RunAsync(_stopping.Token); }
            catch (Exception ex) when (ex is IOException or SocketException or OperationCanceledException or ObjectDisposedException)
            {
                _logger.LogDebug("SMTP connection ended: {Reason}", ex.Message);
            }
            finally { _connections.Release(); }
        }
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await _stopping.CancelAsync();
        _listener.Stop();
        await _acceptLoop;
        if (_http is not null)
        {
            await _http.StopAsync();
            await _http.DisposeAsync();
        }
        _stopping.Dispose();
    }
}
