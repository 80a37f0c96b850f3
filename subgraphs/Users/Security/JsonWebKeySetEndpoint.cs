using Graph.Users.Security;

namespace Graph.Users.Security;

/// <summary><c>GET /.well-known/jwks.json</c>: the public keys other services verify access tokens with (RFC 7517).</summary>
public static class JsonWebKeySetEndpoint
{
    public const string Path = "/.well-known/jwks.json";

    public static IEndpointConventionBuilder MapJsonWebKeySet(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet(Path, async (HttpContext context, SigningKeyStore keys) =>
        {
            var set = await keys.GetKeySetAsync(context.RequestAborted).ConfigureAwait(false);
            // Verifiers refetch on an unknown kid anyway; a short public cache spares the service repeated reads.
            context.Response.Headers.CacheControl = "public, max-age=300";
            return Results.Json(set, contentType: "application/jwk-set+json");
        });
}
