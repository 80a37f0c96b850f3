using System.Net;
using FluentAssertions;
using Graph.Gateway.Composition;
using Graph.Gateway.Tests.Support;
using Graph.Testing.Services;
using Xunit;

namespace Graph.Gateway.Tests.Host;

/// <summary>What the gateway serves besides GraphQL over HTTP: the IDE, health, the limits, and a clear start-up failure.</summary>
public sealed class GatewayEndpointsTests : IAsyncLifetime
{
    private GatewayTestHost _host = null!;

    public async Task InitializeAsync() => _host = await GatewayTestHost.StartAsync(new Dictionary<string, string?> { ["Gateway:MaxDepth"] = "2" });

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task A_Browser_Should_Get_The_Nitro_Ide_At_Graphql()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, _host.Gateway.GraphQLEndpoint);
        request.Headers.Accept.ParseAdd("text/html");

        using var response = await _host.Gateway.Client.SendAsync(request);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.Should().Be("text/html");
        (await response.Content.ReadAsStringAsync()).Should().Contain("<base href=\"/graphql/\"");
    }

    [Fact]
    public async Task Health_Should_Be_Live_And_Ready_With_The_Composition()
    {
        using var live = await _host.Gateway.Client.GetAsync(new Uri("/health/live", UriKind.Relative));
        using var ready = await _host.Gateway.Client.GetAsync(new Uri("/health/ready", UriKind.Relative));

        live.StatusCode.Should().Be(HttpStatusCode.OK);
        ready.StatusCode.Should().Be(HttpStatusCode.OK);
        (await ready.Content.ReadAsStringAsync()).Should().Contain("\"composition\"");
    }

    [Fact]
    public async Task An_Operation_Deeper_Than_The_Configured_Limit_Should_Be_Refused_Before_Any_Subgraph_Is_Asked()
    {
        using var allowed = await _host.Gateway.PostAsync("{ topProducts { name } }");
        using var tooDeep = await _host.Gateway.PostAsync("{ topProducts { related { name } } }");

        allowed.StatusCode.Should().Be(HttpStatusCode.OK, allowed.Body);
        tooDeep.StatusCode.Should().Be(HttpStatusCode.BadRequest, tooDeep.Body);
        tooDeep.ErrorCodes.Should().Equal("MAX_DEPTH_EXCEEDED");
    }

    [Fact]
    public async Task A_Missing_Execution_Schema_Should_Stop_Start_Up_Naming_Graph_Compose()
    {
        var missing = Path.Combine(Path.GetTempPath(), $"missing-{Guid.NewGuid():N}", "gateway.graphql");

        var start = () => ServiceHost.StartAsync(args => GatewayHost.Build(args), new Dictionary<string, string?> { ["Fusion:ExecutionSchema"] = missing });

        (await start.Should().ThrowAsync<GatewayCompositionException>()).Which.Message.Should().Contain(missing).And.Contain("graph compose");
    }
}
