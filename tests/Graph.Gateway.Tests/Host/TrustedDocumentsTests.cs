using System.Net;
using FluentAssertions;
using Graph.Gateway.Tests.Support;
using Xunit;

namespace Graph.Gateway.Tests.Host;

/// <summary>Production mode: with <c>Gateway:TrustedDocuments</c> only the manifest's operations run.</summary>
public sealed class TrustedDocumentsTests : IAsyncLifetime
{
    private const string Trusted = "{ topProducts { id name } }";
    private readonly string _manifest = Path.Combine(Path.GetTempPath(), $"trusted-{Guid.NewGuid():N}.json");
    private GatewayTestHost _host = null!;

    public async Task InitializeAsync()
    {
        await File.WriteAllTextAsync(_manifest, $$"""{ "products-top": "{{Trusted}}" }""");
        _host = await GatewayTestHost.StartAsync(new Dictionary<string, string?> { ["Gateway:TrustedDocuments"] = _manifest });
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        File.Delete(_manifest);
    }

    [Fact]
    public async Task An_Operation_Outside_The_Manifest_Should_Be_Refused()
    {
        using var response = await _host.Gateway.PostAsync("{ productById(id: \"1\") { name } }");

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest, response.Body);
        response.ErrorCodes.Should().Equal("PERSISTED_QUERY_NOT_IN_LIST");
    }

    [Fact]
    public async Task A_Manifest_Operation_Should_Run_By_Its_Document_Id()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, _host.Gateway.GraphQLEndpoint)
        {
            Content = new StringContent("""{"documentId":"products-top"}""", System.Text.Encoding.UTF8, "application/json"),
        };
        request.Headers.Accept.ParseAdd("application/graphql-response+json");

        using var response = await _host.Gateway.SendAsync(request);

        response.StatusCode.Should().Be(HttpStatusCode.OK, response.Body);
        response.Get("topProducts").GetArrayLength().Should().Be(3);
    }
}
