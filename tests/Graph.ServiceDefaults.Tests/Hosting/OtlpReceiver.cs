using System.Collections.Concurrent;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.Logging;

namespace Graph.ServiceDefaults.Tests.Hosting;

/// <summary>
/// Stands in for an OpenTelemetry collector: accepts OTLP/gRPC export calls over cleartext HTTP/2 on a free port and
/// keeps each call's path and body (protobuf; its strings are readable as UTF-8).
/// </summary>
public sealed class OtlpReceiver : IAsyncDisposable
{
    private readonly WebApplication _app;

    private OtlpReceiver(WebApplication app) => _app = app;

    public ConcurrentQueue<(string Path, string Body)> Calls { get; } = new();

    public string Endpoint { get; private set; } = string.Empty;

    public static async Task<OtlpReceiver> StartAsync()
    {
        var builder = WebApplication.CreateBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(k => k.Listen(System.Net.IPAddress.Loopback, 0, l => l.Protocols = HttpProtocols.Http2));
        var app = builder.Build();
        var receiver = new OtlpReceiver(app);
        app.Run(async context =>
        {
            using var body = new MemoryStream();
            await context.Request.Body.CopyToAsync(body);
            receiver.Calls.Enqueue((context.Request.Path.Value ?? string.Empty, Encoding.UTF8.GetString(body.ToArray())));
            context.Response.ContentType = "application/grpc";
            context.Response.AppendTrailer("grpc-status", "0");
            // An empty Export*ServiceResponse: gRPC frame with no compression and length 0.
            await context.Response.Body.WriteAsync(new byte[5]);
        });
        await app.StartAsync();
        receiver.Endpoint = app.Urls.First();
        return receiver;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
