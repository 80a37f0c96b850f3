using System.Text.Json;
using FluentAssertions;
using Graph.ServiceDefaults.Auth;
using Graph.Users.Tests.Support;
using Xunit;

namespace Graph.Users.Tests.Http;

[Collection(UsersServiceCollection.Name)]
public sealed class JsonWebKeySetTests(UsersServiceFixture service)
{
    [Fact]
    public async Task The_Jwks_Should_Serve_The_Public_Key_That_Verifies_Issued_Tokens()
    {
        var session = await service.Host.SignUpAsync();

        using var response = await service.Host.Client.GetAsync(new Uri("/.well-known/jwks.json", UriKind.Relative));
        var json = await response.Content.ReadAsStringAsync();
        var keys = JsonSerializer.Deserialize<JsonWebKeySet>(json)!;

        response.Headers.CacheControl!.Public.Should().BeTrue();
        json.Should().NotContain("\"d\"");
        keys.Keys.Should().ContainSingle().Which.Alg.Should().Be("ES256");
        Es256Jwt.TryValidate(session.AccessToken, keys, new JwtValidationParameters("graph-users", "graph"), DateTimeOffset.UtcNow, out var principal, out var error)
            .Should().BeTrue(error);
        principal!.GetUserId().Should().Be(session.UserId);
        principal!.FindFirst("sid").Should().NotBeNull();
        principal!.IsInRole("customer").Should().BeTrue();
    }
}
