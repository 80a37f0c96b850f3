using System.Net;
using System.Text;
using FluentAssertions;
using Graph.ServiceDefaults.Auth;
using Graph.ServiceDefaults.Tests.TestService;
using Graph.Testing.Services;
using Microsoft.AspNetCore.WebUtilities;
using Xunit;

namespace Graph.ServiceDefaults.Tests.Auth;

/// <summary>One running test service trusting <see cref="Tokens"/> through an inline JWKS.</summary>
public sealed class BearerServiceFixture : IAsyncLifetime
{
    private MissingDatabase? _database;

    public TestTokens Tokens { get; } = new();

    public ServiceHost Host { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        _database = await MissingDatabase.CreateAsync();
        Host = await ServiceHost.StartAsync(
            a => NotesService.Build(a),
            ServiceHost.Settings(new Dictionary<string, string?> { ["ConnectionStrings:notes"] = _database.ConnectionString }, Tokens.Settings));
    }

    public async Task DisposeAsync()
    {
        await Host.DisposeAsync();
        await _database!.DisposeAsync();
        Tokens.Dispose();
    }
}

public sealed class BearerAuthenticationTests(BearerServiceFixture fixture) : IClassFixture<BearerServiceFixture>
{
    private const string MeQuery = "{ me { id roles email } }";

    private TestTokens Tokens => fixture.Tokens;

    [Fact]
    public async Task A_Valid_Token_Should_Authenticate_The_User_With_Id_And_Roles()
    {
        var userId = Guid.NewGuid();

        using var response = await fixture.Host.PostAsync(MeQuery, accessToken: Tokens.Create(userId, ["admin", "customer"], "ada@example.com"));

        response.StatusCode.Should().Be(HttpStatusCode.OK, response.Body);
        response.Get("me", "id").GetString().Should().Be(userId.ToString());
        response.Get("me", "roles").EnumerateArray().Select(r => r.GetString()).Should().Equal("admin", "customer");
        response.Get("me", "email").GetString().Should().Be("ada@example.com");
    }

    [Fact]
    public async Task No_Authorization_Header_Should_Be_Anonymous()
    {
        using var response = await fixture.Host.PostAsync(MeQuery);

        response.ErrorCodes.Should().Equal("AUTH_NOT_AUTHENTICATED");
        using var hello = await fixture.Host.PostAsync("{ hello }");
        hello.Get("hello").GetString().Should().Be("Hello");
    }

    public static TheoryData<string> InvalidTokenCases => new()
    {
        "expired", "wrong issuer", "wrong audience", "no expiry", "not yet valid", "bad signature", "alg none", "alg HS256", "garbage", "oversized", "unknown kid",
    };

    [Theory]
    [MemberData(nameof(InvalidTokenCases))]
    public async Task An_Invalid_Token_Should_Get_401_With_AUTH_INVALID_TOKEN(string kind)
    {
        var token = InvalidToken(kind);

        using var response = await fixture.Host.PostAsync("{ hello }", accessToken: token);

        response.StatusCode.Should().Be(HttpStatusCode.Unauthorized, response.Body);
        response.ErrorCodes.Should().Equal(BearerAuthenticationDefaults.InvalidTokenCode);
        response.Errors[0].GetProperty("message").GetString().Should().StartWith("The access token is invalid: ");
        response.ContentType.Should().StartWith("application/graphql-response+json");
        response.Json.TryGetProperty("data", out _).Should().BeFalse();
    }

    [Fact]
    public async Task The_401_Should_Say_Invalid_Token_In_WWW_Authenticate_And_Answer_Plain_Json_Clients_With_Json()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, fixture.Host.GraphQLEndpoint)
        {
            Content = new StringContent("{\"query\":\"{ hello }\"}", Encoding.UTF8, "application/json"),
        };
        request.Headers.Accept.ParseAdd("application/json");
        request.Headers.Authorization = new("Bearer", InvalidToken("expired"));

        using var response = await fixture.Host.Client.SendAsync(request);

        response.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        response.Headers.WwwAuthenticate.ToString().Should().Be("Bearer error=\"invalid_token\"");
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/json");
        (await response.Content.ReadAsStringAsync()).Should().Contain("The token has expired.");
    }

    [Theory]
    [InlineData("/health/live", HttpStatusCode.OK)]
    [InlineData("/health/ready", HttpStatusCode.OK)]
    [InlineData("/.well-known/jwks.json", HttpStatusCode.NotFound)]
    public async Task Health_And_Well_Known_Paths_Should_Ignore_An_Invalid_Token(string path, HttpStatusCode expected)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Authorization = new("Bearer", "garbage");

        using var response = await fixture.Host.Client.SendAsync(request);

        // The test service publishes no JWKS: 404 shows the request reached routing instead of being refused.
        response.StatusCode.Should().Be(expected);
    }

    [Fact]
    public async Task Another_Authorization_Scheme_Should_Be_Anonymous()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, fixture.Host.GraphQLEndpoint)
        {
            Content = new StringContent("{\"query\":\"{ me { id } }\"}", Encoding.UTF8, "application/json"),
        };
        request.Headers.Authorization = new("Basic", "dXNlcjpwYXNz");

        using var response = await fixture.Host.SendAsync(request);

        response.ErrorCodes.Should().Equal("AUTH_NOT_AUTHENTICATED");
    }

    private string InvalidToken(string kind)
    {
        var userId = Guid.NewGuid();
        var claims = Tokens.StandardClaims(userId);
        var now = DateTimeOffset.UtcNow;
        switch (kind)
        {
            case "expired":
                claims["exp"] = now.AddMinutes(-5).ToUnixTimeSeconds();
                return Tokens.CreateWithClaims(claims);
            case "wrong issuer":
                claims["iss"] = "someone-else";
                return Tokens.CreateWithClaims(claims);
            case "wrong audience":
                claims["aud"] = "another-api";
                return Tokens.CreateWithClaims(claims);
            case "no expiry":
                claims.Remove("exp");
                return Tokens.CreateWithClaims(claims);
            case "not yet valid":
                claims["nbf"] = now.AddMinutes(5).ToUnixTimeSeconds();
                return Tokens.CreateWithClaims(claims);
            case "bad signature":
                using (var impostor = new TestTokens(Tokens.Kid))
                {
                    return impostor.Create(userId, ["admin"]);
                }

            case "alg none":
                return Unsigned("""{"alg":"none","typ":"JWT","kid":"KID"}""".Replace("KID", Tokens.Kid, StringComparison.Ordinal), claims);
            case "alg HS256":
                return Unsigned("""{"alg":"HS256","typ":"JWT","kid":"KID"}""".Replace("KID", Tokens.Kid, StringComparison.Ordinal), claims) + "c2lnbmF0dXJl";
            case "garbage":
                return "not.a.token";
            case "oversized":
                claims["padding"] = new string('x', Es256Jwt.MaxTokenLength);
                return Tokens.CreateWithClaims(claims);
            case "unknown kid":
                using (var stranger = new TestTokens("some-other-key"))
                {
                    return stranger.Create(userId);
                }

            default:
                throw new ArgumentOutOfRangeException(nameof(kind), kind, null);
        }
    }

    private static string Unsigned(string header, Dictionary<string, object> claims) =>
        WebEncoders.Base64UrlEncode(Encoding.UTF8.GetBytes(header)) + "."
        + WebEncoders.Base64UrlEncode(System.Text.Json.JsonSerializer.SerializeToUtf8Bytes(claims)) + ".";
}
