using System.Net.Http.Json;
using System.Text.Json;
using FluentAssertions;
using Graph.Gateway;
using Graph.Testing.Services;
using Xunit;

namespace Graph.Web.Tests;

/// <summary>
/// The gateway in trusted-documents mode (<c>Gateway:TrustedDocuments</c>) with the manifest codegen writes from the
/// storefront's operations (<c>clients/web/src/gql/persisted-documents.json</c>): they run by id, anything else is refused.
/// </summary>
[Collection(StorefrontSystemCollection.Name)]
public sealed class TrustedDocumentsTests(StorefrontSystemFixture product) : IAsyncLifetime
{
    private static readonly string Manifest = Path.Combine(StorefrontBuild.Directory, "src", "gql", "persisted-documents.json");
    private ServiceHost? _trustedGateway;

    private ServiceHost TrustedGateway => _trustedGateway!;

    public async Task InitializeAsync() =>
        _trustedGateway = await ServiceHost.StartAsync(args => GatewayHost.Build(args),
            ServiceHost.Settings(product.GatewaySettings, new Dictionary<string, string?> { ["Gateway:TrustedDocuments"] = Manifest }));

    public async Task DisposeAsync()
    {
        if (_trustedGateway is not null)
        {
            await _trustedGateway.DisposeAsync();
        }
    }

    [Fact]
    public async Task Every_Storefront_Operation_Should_Be_Accepted_By_Its_Id()
    {
        var ids = JsonSerializer.Deserialize<Dictionary<string, string>>(await File.ReadAllTextAsync(Manifest))!;
        ids.Should().HaveCountGreaterThan(15, "the manifest holds every operation of src/operations");
        foreach (var (id, document) in ids.Where(d => !d.Value.StartsWith("subscription", StringComparison.Ordinal)))
        {
            // Without variables a required one is missing: a validation error, which proves the document was found.
            using var response = await SendAsync(new { documentId = id });

            response.ErrorCodes.Should().NotContain(code => code != null && code.StartsWith("PERSISTED_QUERY", StringComparison.Ordinal),
                $"{document} is in the manifest: {response}");
        }
    }

    [Fact]
    public async Task The_Categories_Operation_Should_Answer_Data_When_Sent_By_Id()
    {
        var ids = JsonSerializer.Deserialize<Dictionary<string, string>>(await File.ReadAllTextAsync(Manifest))!;
        var categories = ids.Single(d => d.Value.StartsWith("query Categories ", StringComparison.Ordinal)).Key;

        using var response = await SendAsync(new { documentId = categories });

        response.Errors.Should().BeEmpty(response.ToString());
        response.Get("categories").GetArrayLength().Should().BePositive();
    }

    [Fact]
    public async Task A_Document_Outside_The_Manifest_Should_Be_Refused()
    {
        using var response = await SendAsync(new { query = "{ categories { id name slug } }" });

        response.ErrorCodes.Should().Contain("PERSISTED_QUERY_NOT_IN_LIST", response.ToString());
        response.Data.ValueKind.Should().NotBe(JsonValueKind.Object);
    }

    private async Task<GraphQLResponse> SendAsync(object body)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, TrustedGateway.GraphQLEndpoint)
        {
            Content = JsonContent.Create(body),
        };
        request.Headers.Accept.ParseAdd("application/graphql-response+json");
        return await TrustedGateway.SendAsync(request);
    }
}
