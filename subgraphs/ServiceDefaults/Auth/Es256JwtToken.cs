using System.Security.Cryptography;
using System.Text.Json;

namespace Graph.ServiceDefaults.Auth;

/// <summary>A compact JWS that parsed and says <c>alg: ES256</c>; its signature is not checked yet.</summary>
public sealed class Es256JwtToken
{
    internal Es256JwtToken(string kid, JsonElement payload, byte[] signingInput, byte[] signature)
    {
        Kid = kid;
        Payload = payload;
        SigningInput = signingInput;
        Signature = signature;
    }

    /// <summary>The header's <c>kid</c>: which key of the JWKS signed it.</summary>
    public string Kid { get; }

    /// <summary>The claims set (a JSON object).</summary>
    public JsonElement Payload { get; }

    private byte[] SigningInput { get; }

    private byte[] Signature { get; }

    /// <summary>True when <paramref name="key"/> (EC P-256) verifies the signature (JWS ES256: raw r||s, RFC 7518 section 3.4).</summary>
    public bool VerifySignature(JsonWebKey key)
    {
        ArgumentNullException.ThrowIfNull(key);
        using var ecdsa = key.ToECDsa();
        return ecdsa is not null
            && Signature.Length == 64
            && ecdsa.VerifyData(SigningInput, Signature, HashAlgorithmName.SHA256, DSASignatureFormat.IeeeP1363FixedFieldConcatenation);
    }
}
