using System.Net;
using FluentAssertions;
using Graph.AspNetCore.Tests.Support;
using Xunit;

namespace Graph.AspNetCore.Tests.Ide;

/// <summary>The IDE switched off, and the IDE not installed: requests go on to the other transports, or get an explanation.</summary>
public sealed class NitroIdeSwitchTests
{
    [Theory]
    [InlineData("graphql")]
    [InlineData("graphql/bcp-config.json")]
    [InlineData("graphql/LICENSE")]
    public async Task Disabled_Ide_Should_Let_Requests_Fall_Through(string path)
    {
        await using var server = await GraphQLTestServer.StartAsync(graphql => graphql.ModifyServerOptions(o => o.Ide.Enabled = false));
        using var client = new HttpClient { BaseAddress = server.Address };
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Accept.ParseAdd("text/html");

        using var response = await client.SendAsync(request);

        response.Content.Headers.ContentType?.MediaType.Should().NotBe("text/html");
        var body = await response.Content.ReadAsStringAsync();
        body.Should().NotContain("<base href=").And.NotContain("useBrowserUrlAsEndpoint").And.NotContain("ChilliCream");
    }

    [Fact]
    public async Task Missing_Ide_Files_Should_Answer_503_Saying_How_To_Install_Them()
    {
        var empty = Directory.CreateTempSubdirectory("graph-no-ide-");
        try
        {
            await using var server = await GraphQLTestServer.StartAsync(graphql => graphql.ModifyServerOptions(o => o.Ide.AssetsDirectory = empty.FullName));
            using var client = new HttpClient { BaseAddress = server.Address };
            using var request = new HttpRequestMessage(HttpMethod.Get, "graphql");
            request.Headers.Accept.ParseAdd("text/html");

            using var response = await client.SendAsync(request);

            response.StatusCode.Should().Be(HttpStatusCode.ServiceUnavailable);
            response.Content.Headers.ContentType!.MediaType.Should().Be("text/plain");
            (await response.Content.ReadAsStringAsync()).Should().Contain("./graph setup").And.Contain("@chillicream/bananacakepop-graphql-ide");
            using var file = await client.GetAsync("graphql/static/js/main.js");
            file.StatusCode.Should().NotBe(HttpStatusCode.OK);
        }
        finally
        {
            empty.Delete(recursive: true);
        }
    }
}
