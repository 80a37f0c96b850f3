using System.Collections.Concurrent;
using FluentAssertions;
using Graph.Fusion.Execution.Http;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Xunit;

namespace Graph.Fusion.Execution.Tests;

/// <summary>The engine's <see cref="IHttpClientFactory"/> clients (<see cref="FusionSubgraphClients"/>) over real HTTP.</summary>
public sealed class FusionSubgraphClientsTests : IAsyncLifetime
{
    private readonly ConcurrentQueue<string> _cookies = new();
    private WebApplication _server = null!;
    private Uri _url = null!;

    public async Task InitializeAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel().UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        _server = builder.Build();
        _server.Run(context =>
        {
            // Every answer sets a cookie; the header the next request carries says whether the client kept it.
            _cookies.Enqueue(context.Request.Headers.Cookie.ToString());
            context.Response.Headers.SetCookie = "session=subgraph-secret; Path=/";
            return context.Response.WriteAsync("{}");
        });
        await _server.StartAsync();
        _url = new Uri(_server.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
    }

    public async Task DisposeAsync() => await _server.DisposeAsync();

    private static IHttpClientFactory Factory() =>
        new ServiceCollection().AddLogging().AddFusionSubgraphClients().BuildServiceProvider().GetRequiredService<IHttpClientFactory>();

    [Fact]
    public async Task A_Subgraph_Client_Should_Never_Send_Back_A_Cookie_A_Subgraph_Set()
    {
        var client = Factory().CreateClient(FusionSubgraphClients.NamePrefix + "reviews");

        (await client.GetAsync(_url)).EnsureSuccessStatusCode();
        (await client.GetAsync(_url)).EnsureSuccessStatusCode();

        _cookies.Should().Equal(string.Empty, string.Empty);
    }

    [Fact]
    public async Task Other_Clients_Of_The_Factory_Should_Keep_Their_Defaults()
    {
        var client = Factory().CreateClient("jwks");

        (await client.GetAsync(_url)).EnsureSuccessStatusCode();
        (await client.GetAsync(_url)).EnsureSuccessStatusCode();

        _cookies.Should().Equal(string.Empty, "session=subgraph-secret");
        client.Timeout.Should().Be(TimeSpan.FromSeconds(100));
    }

    [Fact]
    public void A_Subgraph_Client_Should_Leave_Timeouts_To_The_Engine()
    {
        Factory().CreateClient(FusionSubgraphClients.NamePrefix + "catalog").Timeout.Should().Be(Timeout.InfiniteTimeSpan);
    }
}
