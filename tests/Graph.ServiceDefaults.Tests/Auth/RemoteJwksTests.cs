using System.Net;
using FluentAssertions;
using Graph.ServiceDefaults.Tests.TestService;
using Graph.Testing.Services;
using Xunit;

namespace Graph.ServiceDefaults.Tests.Auth;

public sealed class RemoteJwksTests
{
    private static async Task<ServiceHost> StartAsync(MissingDatabase database, string jwksUrl, TimeSpan refreshInterval) =>
        await ServiceHost.StartAsync(a => NotesService.Build(a), new Dictionary<string, string?>
        {
            ["ConnectionStrings:notes"] = database.ConnectionString,
            ["Auth:JwksUrl"] = jwksUrl,
            ["Auth:JwksRefreshInterval"] = refreshInterval.ToString("c"),
        });

    [Fact]
    public async Task An_Unknown_Kid_Should_Refetch_The_Key_Set_And_Accept_A_Rotated_Key()
    {
        await using var jwks = await JwksServer.StartAsync();
        await using var database = await MissingDatabase.CreateAsync();
        using var oldKey = new TestTokens();
        using var newKey = new TestTokens();
        jwks.Publish(oldKey.Key);
        await using var host = await StartAsync(database, jwks.Url, TimeSpan.Zero);

        using var first = await host.PostAsync("{ me { id } }", accessToken: oldKey.Create(Guid.NewGuid()));
        using var again = await host.PostAsync("{ me { id } }", accessToken: oldKey.Create(Guid.NewGuid()));
        var fetchesBeforeRotation = jwks.Requests;
        jwks.Publish(oldKey.Key, newKey.Key);
        var userId = Guid.NewGuid();
        using var rotated = await host.PostAsync("{ me { id } }", accessToken: newKey.Create(userId));

        first.StatusCode.Should().Be(HttpStatusCode.OK, first.Body);
        again.StatusCode.Should().Be(HttpStatusCode.OK, again.Body);
        fetchesBeforeRotation.Should().Be(1, "known keys are served from the cache");
        rotated.Get("me", "id").GetString().Should().Be(userId.ToString());
        jwks.Requests.Should().Be(2);
    }

    [Fact]
    public async Task Unknown_Kids_Should_Not_Refetch_More_Often_Than_The_Refresh_Interval()
    {
        await using var jwks = await JwksServer.StartAsync();
        await using var database = await MissingDatabase.CreateAsync();
        using var known = new TestTokens();
        jwks.Publish(known.Key);
        await using var host = await StartAsync(database, jwks.Url, TimeSpan.FromHours(1));
        using var ok = await host.PostAsync("{ hello }", accessToken: known.Create(Guid.NewGuid()));

        var forged = Enumerable.Range(0, 5).Select(i => new TestTokens($"forged-{i}")).ToList();
        var statuses = new List<HttpStatusCode>();
        foreach (var tokens in forged)
        {
            using var response = await host.PostAsync("{ hello }", accessToken: tokens.Create(Guid.NewGuid()));
            statuses.Add(response.StatusCode);
            tokens.Dispose();
        }

        ok.StatusCode.Should().Be(HttpStatusCode.OK);
        statuses.Should().AllBeEquivalentTo(HttpStatusCode.Unauthorized);
        jwks.Requests.Should().Be(1);
    }

    [Fact]
    public async Task An_Unreachable_Key_Set_Should_Make_Tokens_Invalid_Not_A_Server_Error()
    {
        await using var database = await MissingDatabase.CreateAsync();
        using var tokens = new TestTokens();
        await using var host = await StartAsync(database, "http://127.0.0.1:1/.well-known/jwks.json", TimeSpan.FromSeconds(30));

        using var response = await host.PostAsync("{ hello }", accessToken: tokens.Create(Guid.NewGuid()));
        using var anonymous = await host.PostAsync("{ hello }");

        response.StatusCode.Should().Be(HttpStatusCode.Unauthorized, response.Body);
        response.ErrorCodes.Should().Equal("AUTH_INVALID_TOKEN");
        response.Errors[0].GetProperty("message").GetString().Should().Contain("could not be fetched");
        anonymous.Get("hello").GetString().Should().Be("Hello");
    }
}
