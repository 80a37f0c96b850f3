using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Graph.FakeStripe;

/// <summary>
/// Stripe's webhook signature: header <c>Stripe-Signature: t=&lt;unix seconds&gt;,v1=&lt;hex HMAC-SHA256 of
/// "t.payload" keyed with the endpoint secret&gt;</c>. Public so tests can sign (and mis-sign) requests themselves.
/// </summary>
public static class WebhookSignature
{
    /// <summary>The header value for <paramref name="payload"/> signed at <paramref name="timestamp"/>.</summary>
    public static string Create(string payload, string secret, DateTimeOffset timestamp)
    {
        var t = timestamp.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        var mac = HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes($"{t}.{payload}"));
        return $"t={t},v1={Convert.ToHexStringLower(mac)}";
    }
}
