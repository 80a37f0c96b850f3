using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Graph.Payments.Webhooks;

/// <summary>
/// Verifies Stripe's <c>Stripe-Signature</c> header (<c>t=&lt;unix&gt;,v1=&lt;hex&gt;[,v1=...]</c>): some <c>v1</c> must
/// equal HMAC-SHA256(secret, "t.payload") (compared in constant time) and <c>t</c> must be within the tolerance of
/// now, which bounds replays (Stripe's "Verify the events that Stripe sends" guide).
/// </summary>
public static class StripeSignatureVerifier
{
    /// <summary>Longest header accepted; a real one holds one timestamp and a few signatures.</summary>
    public const int MaxHeaderLength = 1024;

    /// <summary>Null when valid, else why not (for logs; the caller answers 400 without detail).</summary>
    public static string? Verify(string payload, string? header, string secret, TimeSpan tolerance, DateTimeOffset now)
    {
        if (string.IsNullOrEmpty(secret)) return "no webhook secret is configured";
        if (string.IsNullOrEmpty(header)) return "the Stripe-Signature header is missing";
        if (header.Length > MaxHeaderLength) return "the Stripe-Signature header is too long";

        long? timestamp = null;
        var signatures = new List<byte[]>();
        foreach (var part in header.Split(','))
        {
            var eq = part.IndexOf('=', StringComparison.Ordinal);
            if (eq <= 0) continue;
            var key = part[..eq].Trim();
            var value = part[(eq + 1)..].Trim();
            if (key == "t" && long.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var t))
            {
                timestamp = t;
            }
            else if (key == "v1" && value.Length == 64)
            {
                try
                {
                    signatures.Add(Convert.FromHexString(value));
                }
                catch (FormatException)
                {
                    // not hex: ignored, like any signature that does not match
                }
            }
        }

        if (timestamp is null) return "the Stripe-Signature header has no timestamp";
        if (signatures.Count == 0) return "the Stripe-Signature header has no v1 signature";

        var expected = HMACSHA256.HashData(
            Encoding.UTF8.GetBytes(secret),
            Encoding.UTF8.GetBytes(string.Create(CultureInfo.InvariantCulture, $"{timestamp}.{payload}")));
        if (!signatures.Any(s => CryptographicOperations.FixedTimeEquals(s, expected)))
        {
            return "no signature matches the payload";
        }

        var age = now - DateTimeOffset.FromUnixTimeSeconds(timestamp.Value);
        return age.Duration() > tolerance ? "the signature's timestamp is outside the tolerance" : null;
    }
}
