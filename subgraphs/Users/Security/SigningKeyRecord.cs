namespace Graph.Users.Security;

/// <summary>A development signing key kept in <c>signing_keys</c> (production configures <c>Auth:SigningKey</c>).</summary>
public sealed class SigningKeyRecord
{
    public string Id { get; set; } = "";

    /// <summary>PKCS#8 PEM of the P-256 private key.</summary>
    public string PrivateKeyPem { get; set; } = "";

    public DateTimeOffset CreatedAt { get; set; }
}
