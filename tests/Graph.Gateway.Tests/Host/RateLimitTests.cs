using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using FluentAssertions;
using Graph.Gateway.Tests.Support;
using Xunit;

namespace Graph.Gateway.Tests.Host;

/// <summary>Requests per client: by user id when signed in, else by remote address; 429 with Retry-After and a GraphQL error.</summary>
public sealed class RateLimitTests : IAsyncLifetime
{
    private GatewayTestHost _host = null!;

    public async Task InitializeAsync() => _host = await GatewayTestHost.StartAsync(new Dictionary<string, string?>
    {
        ["Gateway:RateLimit:PermitLimit"] = "2",
        ["Gateway:RateLimit:Window"] = "01:00:00",
    });

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task The_Request_Over_The_Limit_Should_Be_429_With_Retry_After_And_Rate_Limited()
    {
        (await SendAsync(null)).Dispose();
        (await SendAsync(null)).Dispose();

        using var refused = await SendAsync(null);
        using var json = JsonDocument.Parse(await refused.Content.ReadAsStringAsync());

        refused.StatusCode.Should().Be(HttpStatusCode.TooManyRequests);
        refused.Headers.RetryAfter!.Delta!.Value.TotalSeconds.Should().BeGreaterThan(0);
        json.RootElement.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString().Should().Be("RATE_LIMITED");
    }

    [Fact]
    public async Task A_Signed_In_User_Should_Have_A_Budget_Of_Their_Own()
    {
        var alice = _host.Tokens.Create(Guid.NewGuid());
        var bob = _host.Tokens.Create(Guid.NewGuid());
        (await SendAsync(alice)).Dispose();
        (await SendAsync(alice)).Dispose();

        using var aliceAgain = await SendAsync(alice);
        using var bobFirst = await SendAsync(bob);
        using var anonymous = await SendAsync(null);

        aliceAgain.StatusCode.Should().Be(HttpStatusCode.TooManyRequests);
        bobFirst.StatusCode.Should().Be(HttpStatusCode.OK);
        anonymous.StatusCode.Should().Be(HttpStatusCode.OK, "the anonymous caller's budget is the address's, untouched by signed-in users");
    }

    [Fact]
    public async Task Behind_A_Trusted_Proxy_Each_Forwarded_Client_Address_Should_Have_A_Budget_Of_Its_Own()
    {
        // The test client connects from loopback, which is trusted by default (as the storefront's web host is).
        (await SendAsync(null, forwardedFor: "203.0.113.7")).Dispose();
        (await SendAsync(null, forwardedFor: "203.0.113.7")).Dispose();

        using var sameClient = await SendAsync(null, forwardedFor: "203.0.113.7");
        using var otherClient = await SendAsync(null, forwardedFor: "203.0.113.8");

        sameClient.StatusCode.Should().Be(HttpStatusCode.TooManyRequests);
        otherClient.StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Fact]
    public async Task X_Forwarded_For_From_An_Untrusted_Sender_Should_Not_Buy_A_New_Budget()
    {
        await using var strict = await GatewayTestHost.StartAsync(new Dictionary<string, string?>
        {
            ["Gateway:RateLimit:PermitLimit"] = "2",
            ["Gateway:RateLimit:Window"] = "01:00:00",
            ["Gateway:TrustedProxies:0"] = "10.9.9.9",
        });
        (await SendAsync(null, forwardedFor: "203.0.113.1", host: strict)).Dispose();
        (await SendAsync(null, forwardedFor: "203.0.113.2", host: strict)).Dispose();

        using var third = await SendAsync(null, forwardedFor: "203.0.113.3", host: strict);

        third.StatusCode.Should().Be(HttpStatusCode.TooManyRequests, "loopback is not a trusted proxy here, so the header is ignored");
    }

    [Fact]
    public async Task Health_Probes_Should_Not_Count()
    {
        for (var i = 0; i < 5; i++)
        {
            using var probe = await _host.Gateway.Client.GetAsync(new Uri("/health/ready", UriKind.Relative));
            probe.StatusCode.Should().Be(HttpStatusCode.OK);
        }

        using var first = await SendAsync(null);
        first.StatusCode.Should().Be(HttpStatusCode.OK);
    }

    private Task<HttpResponseMessage> SendAsync(string? token, string? forwardedFor = null, GatewayTestHost? host = null)
    {
        host ??= _host;
        var request = new HttpRequestMessage(HttpMethod.Post, host.Gateway.GraphQLEndpoint)
        {
            Content = new StringContent("""{"query":"{ topProducts { id } }"}""", System.Text.Encoding.UTF8, "application/json"),
        };
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/graphql-response+json"));
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        if (forwardedFor is not null)
        {
            request.Headers.Add("X-Forwarded-For", forwardedFor);
        }

        return host.Gateway.Client.SendAsync(request);
    }
}
