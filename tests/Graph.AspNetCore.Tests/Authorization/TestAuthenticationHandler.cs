using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Graph.AspNetCore.Tests.Authorization;

/// <summary>
/// Test-only authentication (eShop's functional tests do the same): <c>X-Test-User: name</c> signs the request in,
/// <c>X-Test-Roles: a,b</c> and <c>X-Test-Claims: type=value;...</c> add roles and claims. No header, no identity.
/// </summary>
public sealed class TestAuthenticationHandler(IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "Test";
    public const string UserHeader = "X-Test-User";
    public const string RolesHeader = "X-Test-Roles";
    public const string ClaimsHeader = "X-Test-Claims";

    protected override Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var name = Request.Headers[UserHeader].ToString();
        if (string.IsNullOrEmpty(name))
        {
            return Task.FromResult(AuthenticateResult.NoResult());
        }

        var claims = new List<Claim> { new(ClaimTypes.Name, name) };
        claims.AddRange(Split(Request.Headers[RolesHeader].ToString(), ',').Select(role => new Claim(ClaimTypes.Role, role)));
        claims.AddRange(Split(Request.Headers[ClaimsHeader].ToString(), ';').Select(pair => pair.Split('=', 2)).Select(p => new Claim(p[0], p[1])));
        var principal = new ClaimsPrincipal(new ClaimsIdentity(claims, SchemeName));
        return Task.FromResult(AuthenticateResult.Success(new AuthenticationTicket(principal, SchemeName)));
    }

    private static IEnumerable<string> Split(string value, char separator) =>
        value.Split(separator, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
