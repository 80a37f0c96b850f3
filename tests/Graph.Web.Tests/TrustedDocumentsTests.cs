using System.Net.Http.Json;
using System.Text.Json;
using FluentAssertions;
using Graph.Gateway;
using Graph.Testing.Services;
using Graph.WebHost;
using Microsoft.Playwright;
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
    private readonly string _trustedBuild = Directory.CreateTempSubdirectory("storefront-trusted-").FullName;
    private ServiceHost? _trustedGateway;
    private ServiceHost? _trustedWeb;

    private ServiceHost TrustedGateway => _trustedGateway!;

    public async Task InitializeAsync()
    {
        _trustedGateway = await ServiceHost.StartAsync(args => GatewayHost.Build(args),
            ServiceHost.Settings(product.GatewaySettings, new Dictionary<string, string?> { ["Gateway:TrustedDocuments"] = Manifest }));

        // The storefront built to send operation ids only, served in front of the trusted gateway.
        var build = NpmRun.Run(StorefrontBuild.Directory, new Dictionary<string, string> { ["VITE_TRUSTED_DOCUMENTS"] = "true" },
            "exec", "--", "vite", "build", "--outDir", _trustedBuild, "--emptyOutDir");
        build.ExitCode.Should().Be(0, build.Output);
        _trustedWeb = await ServiceHost.StartAsync(WebHostApp.Build, new Dictionary<string, string?>
        {
            ["WebHost:Root"] = _trustedBuild,
            ["WebHost:Gateway"] = TrustedGateway.BaseAddress.ToString(),
        });
    }

    public async Task DisposeAsync()
    {
        foreach (var host in new[] { _trustedWeb, _trustedGateway })
        {
            if (host is not null)
            {
                await host.DisposeAsync();
            }
        }

        Directory.Delete(_trustedBuild, recursive: true);
    }

    [Fact]
    public async Task The_Storefront_Built_For_Trusted_Documents_Should_Sell_Through_A_Trusted_Gateway_Sending_Only_Ids()
    {
        await using var chromium = await Chromium.LaunchAsync();
        await using var context = await chromium.NewContextAsync(_trustedWeb!.BaseAddress);
        var page = await context.NewPageAsync();
        var sentDocuments = new List<string>();
        page.Request += (_, request) =>
        {
            if (request.Url.EndsWith("/graphql", StringComparison.Ordinal) && request.PostData is { } body
                && !body.Contains("\"documentId\":\"sha256:", StringComparison.Ordinal))
            {
                lock (sentDocuments)
                {
                    sentDocuments.Add(body);
                }
            }
        };

        await StorefrontSteps.SignUpAsync(page, "Trusted Buyer");
        await StorefrontSteps.SearchAsync(page, "laptop");
        await StorefrontSteps.OpenFirstInStockProductAsync(page);
        await StorefrontSteps.AddToCartAsync(page);
        await StorefrontSteps.PrepareCheckoutAsync(page, _ => Task.CompletedTask);
        product.Charges.Close();
        try
        {
            await page.GetByRole(AriaRole.Button, new() { Name = "Place order" }).ClickAsync();
            await Assertions.Expect(page.GetByTestId("order-status")).ToHaveTextAsync("PENDING");
        }
        finally
        {
            product.Charges.Open();
        }

        // PAID can only arrive through the subscription (the page reads the order once), which was sent by id too.
        await Assertions.Expect(page.GetByTestId("order-status")).ToHaveTextAsync("PAID", new() { Timeout = 30_000 });
        sentDocuments.Should().BeEmpty("the trusted build sends every operation by id");
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
