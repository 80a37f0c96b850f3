using System.Text.Json;
using Graph.ServiceDefaults.Auth;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Graph.ServiceDefaults.Tests.Auth;

/// <summary>Stands in for the Users service's JWKS endpoint: real HTTP, a key set the test changes, a request count.</summary>
public sealed class JwksServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private int _requests;
    private volatile JsonWebKeySet _keys = JsonWebKeySet.Empty;

    private JwksServer(WebApplication app) => _app = app;

    public string Url { get; private set; } = string.Empty;

    public int Requests => Volatile.Read(ref _requests);

    public static async Task<JwksServer> StartAsync()
    {
        var builder = WebApplication.CreateBuilder(["--urls=http://127.0.0.1:0"]);
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var server = new JwksServer(app);
        app.MapGet("/.well-known/jwks.json", (HttpContext context) =>
        {
            Interlocked.Increment(ref server._requests);
            return Results.Text(JsonSerializer.Serialize(server._keys), "application/json");
        });
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        server.Url = address.TrimEnd('/') + "/.well-known/jwks.json";
        return server;
    }

    public void Publish(params JsonWebKey[] keys) => _keys = new JsonWebKeySet(keys);

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
