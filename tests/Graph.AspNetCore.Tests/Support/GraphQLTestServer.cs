using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Graph.AspNetCore.Tests.Support;

/// <summary>
/// A real Kestrel server on a free 127.0.0.1 port serving <c>MapGraphQL</c>, so tests and npm
/// clients (graphql-http, graphql-ws, graphql-sse, a browser) talk real HTTP to it.
/// </summary>
public sealed class GraphQLTestServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private GraphQLTestServer(WebApplication app, Uri address)
    {
        _app = app;
        Address = address;
    }

    /// <summary>The server's root, e.g. <c>http://127.0.0.1:41234/</c>.</summary>
    public Uri Address { get; }

    /// <summary>The GraphQL endpoint, <c>{Address}graphql</c>.</summary>
    public Uri GraphQLEndpoint => new(Address, "graphql");

    public IServiceProvider Services => _app.Services;

    public static async Task<GraphQLTestServer> StartAsync(
        Action<GraphQLServerBuilder>? configureGraphQL = null,
        Action<IServiceCollection>? configureServices = null,
        Action<WebApplication>? configureApp = null)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel().UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        configureServices?.Invoke(builder.Services);
        var graphql = builder.Services.AddGraphQLServer().ConfigureSchema(SampleSchema.Configure);
        configureGraphQL?.Invoke(graphql);

        var app = builder.Build();
        app.UseWebSockets();
        configureApp?.Invoke(app);
        app.MapGraphQL();
        await app.StartAsync();

        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new GraphQLTestServer(app, new Uri(address.TrimEnd('/') + "/"));
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
