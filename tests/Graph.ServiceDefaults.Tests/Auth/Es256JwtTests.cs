using System.Security.Claims;
using System.Security.Cryptography;
using FluentAssertions;
using Graph.ServiceDefaults.Auth;
using Xunit;

namespace Graph.ServiceDefaults.Tests.Auth;

public sealed class Es256JwtTests : IDisposable
{
    private static readonly JwtValidationParameters Parameters = new("graph-users", "graph");
    private readonly ECDsa _key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
    private readonly JsonWebKeySet _keys;
    private readonly DateTimeOffset _now = new(2026, 11, 21, 12, 0, 0, TimeSpan.Zero);

    public Es256JwtTests() => _keys = new JsonWebKeySet([JsonWebKey.FromECDsa(_key, "k1")]);

    public void Dispose() => _key.Dispose();

    private Dictionary<string, object> Claims(TimeSpan? expiresIn = null) => new()
    {
        ["iss"] = "graph-users",
        ["aud"] = "graph",
        ["sub"] = "0190a000-0000-7000-8000-00000000000a",
        ["exp"] = (_now + (expiresIn ?? TimeSpan.FromMinutes(15))).ToUnixTimeSeconds(),
        ["role"] = new[] { "admin" },
        ["sid"] = "family-1",
    };

    [Fact]
    public void A_Created_Token_Should_Validate_Into_A_Principal_With_The_Claims()
    {
        var token = Es256Jwt.Create(_key, "k1", Claims());

        Es256Jwt.TryValidate(token, _keys, Parameters, _now, out var principal, out var error).Should().BeTrue(error);

        principal!.Identity!.AuthenticationType.Should().Be("Bearer");
        principal.FindFirst(ClaimTypes.NameIdentifier)!.Value.Should().Be("0190a000-0000-7000-8000-00000000000a");
        principal.GetUserId().Should().Be(Guid.Parse("0190a000-0000-7000-8000-00000000000a"));
        principal.IsAdmin().Should().BeTrue();
        principal.GetSessionId().Should().Be("family-1");
    }

    [Fact]
    public void A_Tampered_Payload_Should_Fail_The_Signature()
    {
        var token = Es256Jwt.Create(_key, "k1", Claims());
        var other = Es256Jwt.Create(_key, "k1", new Dictionary<string, object>(Claims()) { ["role"] = new[] { "admin", "root" } });
        var parts = token.Split('.');
        var tampered = $"{parts[0]}.{other.Split('.')[1]}.{parts[2]}";

        Es256Jwt.TryValidate(tampered, _keys, Parameters, _now, out _, out var error).Should().BeFalse();

        error.Should().Be("The token's signature is invalid.");
    }

    [Fact]
    public void Expiry_Should_Allow_Thirty_Seconds_Of_Clock_Skew()
    {
        var justExpired = Es256Jwt.Create(_key, "k1", Claims(TimeSpan.FromSeconds(-20)));
        var longExpired = Es256Jwt.Create(_key, "k1", Claims(TimeSpan.FromSeconds(-31)));

        Es256Jwt.TryValidate(justExpired, _keys, Parameters, _now, out _, out _).Should().BeTrue();
        Es256Jwt.TryValidate(longExpired, _keys, Parameters, _now, out _, out var error).Should().BeFalse();
        error.Should().Be("The token has expired.");
    }

    [Fact]
    public void An_Audience_List_Containing_Ours_Should_Be_Accepted()
    {
        var claims = Claims();
        claims["aud"] = new[] { "other", "graph" };

        Es256Jwt.TryValidate(Es256Jwt.Create(_key, "k1", claims), _keys, Parameters, _now, out _, out var error).Should().BeTrue(error);
    }

    [Fact]
    public void A_Key_For_Another_Curve_Or_Use_Should_Not_Verify()
    {
        var token = Es256Jwt.Create(_key, "k1", Claims());
        var jwk = _keys.Keys[0];

        Es256Jwt.TryValidate(token, new JsonWebKeySet([jwk with { Use = "enc" }]), Parameters, _now, out _, out _).Should().BeFalse();
        Es256Jwt.TryValidate(token, new JsonWebKeySet([jwk with { Crv = "P-384" }]), Parameters, _now, out _, out _).Should().BeFalse();
    }

    [Fact]
    public void A_Jwk_Should_Serialize_As_Rfc_7517_Json()
    {
        var json = System.Text.Json.JsonSerializer.Serialize(_keys);

        json.Should().StartWith("{\"keys\":[{\"kty\":\"EC\",\"crv\":\"P-256\",\"x\":\"").And.Contain("\"kid\":\"k1\",\"alg\":\"ES256\",\"use\":\"sig\"");
        System.Text.Json.JsonSerializer.Deserialize<JsonWebKeySet>(json).Should().BeEquivalentTo(_keys);
    }
}
