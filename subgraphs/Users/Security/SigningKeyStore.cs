using System.Security.Cryptography;
using System.Text;
using Graph.ServiceDefaults.Auth;
using Graph.Users.Infrastructure;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Graph.Users.Security;

/// <summary>
/// The ES256 key that signs access tokens: <c>Auth:SigningKey</c> (PKCS#8 PEM) in production; otherwise the oldest row
/// of <c>signing_keys</c>, generated on first use (development). Replicas racing to generate one each keep the oldest,
/// so they all sign with the same key. The <c>kid</c> is the key's RFC 7638 thumbprint.
/// </summary>
public sealed class SigningKeyStore(IServiceScopeFactory scopes, IOptions<UsersAuthOptions> options, TimeProvider time) : IDisposable
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private SigningKey? _key;

    public async ValueTask<SigningKey> GetAsync(CancellationToken cancellationToken)
    {
        if (_key is { } loaded)
        {
            return loaded;
        }

        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            return _key ??= options.Value.SigningKey is { Length: > 0 } pem
                ? SigningKey.FromPem(pem)
                : await LoadOrCreateAsync(cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>The public keys, as served at <c>/.well-known/jwks.json</c>.</summary>
    public async ValueTask<JsonWebKeySet> GetKeySetAsync(CancellationToken cancellationToken)
    {
        var key = await GetAsync(cancellationToken).ConfigureAwait(false);
        return new JsonWebKeySet([key.PublicJwk]);
    }

    private async Task<SigningKey> LoadOrCreateAsync(CancellationToken cancellationToken)
    {
        var scope = scopes.CreateAsyncScope();
        await using (scope.ConfigureAwait(false))
        {
            var db = scope.ServiceProvider.GetRequiredService<UsersDb>();
            var oldest = await OldestAsync(db, cancellationToken).ConfigureAwait(false);
            if (oldest is not null)
            {
                return SigningKey.FromPem(oldest.PrivateKeyPem);
            }

            using var created = ECDsa.Create(ECCurve.NamedCurves.nistP256);
            var pem = created.ExportPkcs8PrivateKeyPem();
            var candidate = SigningKey.FromPem(pem);
            await db.Database.ExecuteSqlAsync(
                $"INSERT INTO signing_keys (id, private_key_pem, created_at) VALUES ({candidate.Kid}, {pem}, {time.GetUtcNow()}) ON CONFLICT DO NOTHING",
                cancellationToken).ConfigureAwait(false);
            var winner = await OldestAsync(db, cancellationToken).ConfigureAwait(false);
            return SigningKey.FromPem(winner!.PrivateKeyPem);
        }
    }

    private static Task<SigningKeyRecord?> OldestAsync(UsersDb db, CancellationToken cancellationToken) =>
        db.SigningKeys.AsNoTracking().OrderBy(k => k.CreatedAt).ThenBy(k => k.Id).FirstOrDefaultAsync(cancellationToken);

    public void Dispose()
    {
        _gate.Dispose();
        _key?.Dispose();
    }
}

/// <summary>A P-256 private key with its <c>kid</c> and public JWK.</summary>
public sealed class SigningKey : IDisposable
{
    private SigningKey(ECDsa key, string kid)
    {
        Key = key;
        Kid = kid;
        PublicJwk = JsonWebKey.FromECDsa(key, kid);
    }

    public ECDsa Key { get; }

    public string Kid { get; }

    public JsonWebKey PublicJwk { get; }

    public static SigningKey FromPem(string pem)
    {
        var key = ECDsa.Create();
        try
        {
            key.ImportFromPem(pem);
            var parameters = key.ExportParameters(includePrivateParameters: false);
            if (parameters.Curve.Oid.Value != ECCurve.NamedCurves.nistP256.Oid.Value)
            {
                throw new InvalidOperationException("Auth:SigningKey must be a P-256 (ES256) key.");
            }

            return new SigningKey(key, Thumbprint(parameters));
        }
        catch
        {
            key.Dispose();
            throw;
        }
    }

    /// <summary>RFC 7638: SHA-256 over the required members in lexicographic order, base64url.</summary>
    private static string Thumbprint(ECParameters parameters)
    {
        var json = $$"""{"crv":"P-256","kty":"EC","x":"{{WebEncoders.Base64UrlEncode(parameters.Q.X!)}}","y":"{{WebEncoders.Base64UrlEncode(parameters.Q.Y!)}}"}""";
        return WebEncoders.Base64UrlEncode(SHA256.HashData(Encoding.UTF8.GetBytes(json)));
    }

    public void Dispose() => Key.Dispose();
}
