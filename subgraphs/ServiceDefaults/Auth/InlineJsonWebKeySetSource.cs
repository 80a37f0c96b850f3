using System.Text.Json;

namespace Graph.ServiceDefaults.Auth;

/// <summary>A fixed JWKS given as JSON (<c>Auth:Jwks</c>).</summary>
public sealed class InlineJsonWebKeySetSource : IJsonWebKeySetSource
{
    private readonly JsonWebKeySet _keys;

    public InlineJsonWebKeySetSource(string json)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(json);
        try
        {
            _keys = JsonSerializer.Deserialize<JsonWebKeySet>(json) ?? JsonWebKeySet.Empty;
        }
        catch (JsonException e)
        {
            throw new InvalidOperationException($"{ServiceAuthOptions.SectionName}:Jwks is not a JSON Web Key Set: {e.Message}", e);
        }
    }

    public ValueTask<JsonWebKeySet> GetAsync(bool refresh, CancellationToken cancellationToken) => ValueTask.FromResult(_keys);
}
