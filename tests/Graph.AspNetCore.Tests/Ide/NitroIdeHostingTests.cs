using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using FluentAssertions;
using Graph.AspNetCore.Tests.Support;
using Xunit;

namespace Graph.AspNetCore.Tests.Ide;

/// <summary>What the IDE middleware answers over real HTTP: the page, its configuration, its files, and when it stays out of the way.</summary>
public sealed class NitroIdeHostingTests(NitroIdeHostingTests.Server server) : IClassFixture<NitroIdeHostingTests.Server>
{
    [Theory]
    [InlineData("graphql")]
    [InlineData("graphql/")]
    public async Task Browser_Asking_For_Html_Should_Get_The_Ide_Based_At_The_Endpoint(string path)
    {
        using var response = await server.GetAsync(path, "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.Should().Be("text/html");
        response.Headers.CacheControl!.NoCache.Should().BeTrue();
        var html = await response.Content.ReadAsStringAsync();
        html.Should().Contain("<base href=\"/graphql/\"/>").And.Contain("src=\"static/js/main.");
        html.Should().NotContain("https://", "the page must load nothing from a CDN");
    }

    [Fact]
    public async Task Ide_Configuration_Should_Use_The_Browser_Url_As_Endpoint()
    {
        using var response = await server.GetAsync("graphql/bcp-config.json", "*/*");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/json");
        using var config = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        config.RootElement.GetProperty("useBrowserUrlAsEndpoint").GetBoolean().Should().BeTrue();
    }

    [Fact]
    public async Task Hashed_Static_Files_Should_Be_Cached_For_Good_And_Revalidate_With_Etag()
    {
        var script = Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "nitro", "static", "js"), "main.*.js").Single();
        var path = "graphql/static/js/" + Path.GetFileName(script);

        using var response = await server.GetAsync(path, "*/*");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.Should().Be("text/javascript");
        response.Headers.CacheControl!.ToString().Should().Be("public, max-age=31536000, immutable");
        response.Content.Headers.ContentLength.Should().Be(new FileInfo(script).Length);
        using var again = new HttpRequestMessage(HttpMethod.Get, path);
        again.Headers.IfNoneMatch.Add(response.Headers.ETag!);
        using var revalidated = await server.Client.SendAsync(again);
        revalidated.StatusCode.Should().Be(HttpStatusCode.NotModified);
    }

    [Theory]
    [InlineData("graphql/static/css/", "text/css")]
    [InlineData("graphql/static/media/", "font/woff2")]
    [InlineData("graphql/manifest.webmanifest", "application/manifest+json")]
    [InlineData("graphql/favicon.svg", "image/svg+xml")]
    public async Task Files_Should_Have_Their_Content_Type(string path, string mediaType)
    {
        if (path.EndsWith('/'))
        {
            var extension = mediaType == "text/css" ? "*.css" : "*.woff2";
            path += Path.GetFileName(Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "nitro", path["graphql/".Length..]), extension)[0]);
        }

        using var response = await server.GetAsync(path, "*/*");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.Should().Be(mediaType);
        response.Headers.GetValues("X-Content-Type-Options").Should().Equal("nosniff");
    }

    [Fact]
    public async Task Licence_Notice_Should_Be_Served_With_The_Ide()
    {
        using var response = await server.GetAsync("graphql/LICENSE", "*/*");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.Should().Be("text/plain");
        (await response.Content.ReadAsStringAsync()).Should().Contain("ChilliCream License 1.0");
    }

    [Theory]
    [InlineData("graphql?query=%7Bhello%7D", "text/html")]
    [InlineData("graphql?sdl", "text/html")]
    [InlineData("graphql", "application/graphql-response+json")]
    [InlineData("graphql", "application/json")]
    public async Task GraphQL_Requests_Should_Never_Get_The_Ide(string path, string accept)
    {
        using var response = await server.GetAsync(path, accept);

        (await response.Content.ReadAsStringAsync()).Should().NotContain("<base href=");
    }

    public sealed class Server : IAsyncLifetime
    {
        private GraphQLTestServer? _server;

        public HttpClient Client { get; private set; } = null!;

        public async Task<HttpResponseMessage> GetAsync(string path, string accept)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, path);
            request.Headers.Accept.ParseAdd(accept);
            return await Client.SendAsync(request);
        }

        public async Task InitializeAsync()
        {
            _server = await GraphQLTestServer.StartAsync();
            Client = new HttpClient { BaseAddress = _server.Address };
        }

        public async Task DisposeAsync()
        {
            Client.Dispose();
            await _server!.DisposeAsync();
        }
    }
}
