using System.Net;
using FluentAssertions;
using Graph.Testing.Services;
using Graph.WebHost;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Xunit;

namespace Graph.Web.Tests;

/// <summary><c>tools/Graph.WebHost</c> on its own: the storefront's files, deep links, and an unreachable gateway.</summary>
public sealed class WebHostTests : IAsyncLifetime
{
    private readonly string _root = Directory.CreateTempSubdirectory("webhost-").FullName;
    private ServiceHost? _host;

    private HttpClient Client => _host!.Client;

    public async Task InitializeAsync()
    {
        await File.WriteAllTextAsync(Path.Combine(_root, "index.html"), "<!doctype html><title>shop</title>");
        Directory.CreateDirectory(Path.Combine(_root, "assets"));
        await File.WriteAllTextAsync(Path.Combine(_root, "assets", "app-abc123.js"), "console.log('shop');");
        // Port 9 (discard) on loopback: nothing listens, as when the gateway is down.
        _host = await ServiceHost.StartAsync(WebHostApp.Build, new Dictionary<string, string?>
        {
            ["WebHost:Root"] = _root,
            ["WebHost:Gateway"] = "http://127.0.0.1:9/",
        });
    }

    public async Task DisposeAsync()
    {
        if (_host is not null)
        {
            await _host.DisposeAsync();
        }

        Directory.Delete(_root, recursive: true);
    }

    [Fact]
    public async Task A_Deep_Link_Should_Get_The_Storefront_Page()
    {
        using var response = await Client.GetAsync("/orders/7d5b7d0e-4c1e-4f7a-9a55-2f8a7b3c1d2e");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.Should().Be("text/html");
        (await response.Content.ReadAsStringAsync()).Should().Contain("<title>shop</title>");
    }

    [Fact]
    public async Task A_Built_Asset_Should_Be_Cached_For_A_Year_And_The_Page_Revalidated()
    {
        using var asset = await Client.GetAsync("/assets/app-abc123.js");
        using var page = await Client.GetAsync("/");

        asset.StatusCode.Should().Be(HttpStatusCode.OK);
        asset.Headers.CacheControl!.ToString().Should().Contain("immutable");
        page.Headers.CacheControl!.NoCache.Should().BeTrue();
    }

    [Fact]
    public async Task A_Missing_Asset_Should_Be_Not_Found_Rather_Than_The_Page()
    {
        using var response = await Client.GetAsync("/assets/app-old.js");

        response.StatusCode.Should().Be(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_GraphQL_Request_While_The_Gateway_Is_Down_Should_Be_A_502_With_A_Stable_Code()
    {
        using var response = await Client.PostAsync("/graphql", new StringContent("""{"query":"{ categories { id } }"}""", System.Text.Encoding.UTF8, "application/json"));

        response.StatusCode.Should().Be(HttpStatusCode.BadGateway);
        (await response.Content.ReadAsStringAsync()).Should().Contain("\"code\":\"GATEWAY_UNREACHABLE\"");
    }

    [Fact]
    public async Task The_Gateway_Should_Learn_The_Browsers_Address_As_The_Last_Forwarded_Hop()
    {
        // A stand-in gateway that answers with the X-Forwarded-For it received.
        await using var gateway = await ServiceHost.StartAsync(
            args =>
            {
                var app = WebApplication.CreateSlimBuilder(args).Build();
                app.MapPost("/graphql", (HttpContext context) => context.Request.Headers["X-Forwarded-For"].ToString());
                return app;
            },
            new Dictionary<string, string?>());
        await using var web = await ServiceHost.StartAsync(WebHostApp.Build, new Dictionary<string, string?>
        {
            ["WebHost:Root"] = _root,
            ["WebHost:Gateway"] = gateway.BaseAddress.ToString(),
        });
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = new StringContent("{}", System.Text.Encoding.UTF8, "application/json") };
        request.Headers.Add("X-Forwarded-For", "198.51.100.9");

        using var response = await web.Client.SendAsync(request);

        (await response.Content.ReadAsStringAsync()).Should().Be("198.51.100.9, 127.0.0.1", "the web host appends the address the request came from");
    }

    [Fact]
    public async Task A_Root_Without_The_Built_Storefront_Should_Fail_At_Start_Naming_The_Fix()
    {
        var empty = Directory.CreateTempSubdirectory("webhost-empty-").FullName;
        try
        {
            var start = () => ServiceHost.StartAsync(WebHostApp.Build, new Dictionary<string, string?> { ["WebHost:Root"] = empty });

            await start.Should().ThrowAsync<Microsoft.Extensions.Options.OptionsValidationException>().WithMessage("*npm run build*");
        }
        finally
        {
            Directory.Delete(empty, recursive: true);
        }
    }
}
