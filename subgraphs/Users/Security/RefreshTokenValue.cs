using System.Security.Cryptography;
using System.Text;

namespace Graph.Users.Security;

/// <summary>Refresh token values: 256 random bits, base64url; only their SHA-256 hash is ever stored.</summary>
public static class RefreshTokenValue
{
    public static string Generate() => Base64Url(RandomNumberGenerator.GetBytes(32));

    public static byte[] Hash(string token) => SHA256.HashData(Encoding.UTF8.GetBytes(token));

    private static string Base64Url(byte[] bytes) =>
        Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
