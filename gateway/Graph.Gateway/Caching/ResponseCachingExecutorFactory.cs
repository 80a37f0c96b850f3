using System.Security.Cryptography;
using System.Text;
using Graph.Execution;
using Graph.Gateway.Composition;

namespace Graph.Gateway.Caching;

/// <summary>
/// Wraps each composition's Fusion executor in a <see cref="ResponseCachingExecutor"/> with the cache hints of the
/// composition's execution schema (<c>@fusion__cacheControl</c>); a composition without hints is served as it is.
/// </summary>
public sealed class ResponseCachingExecutorFactory(FusionExecutorFactory inner, ResponseCache cache, IHttpContextAccessor http) : IGatewayExecutorFactory
{
    public IRequestExecutor Create(GatewayComposition composition)
    {
        ArgumentNullException.ThrowIfNull(composition);
        var executor = inner.Create(composition);

        // The loader keeps only the parsed schema; the file is read again. Should it have changed in between, the hash
        // is of the text the hints came from (keys stay consistent) and the watcher reloads the new one anyway.
        var sdl = File.ReadAllText(composition.ExecutionSchemaPath, Encoding.UTF8);
        var hints = CacheHintIndex.Parse(sdl);
        if (!hints.HasHints)
        {
            return executor;
        }

        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(sdl)));
        return new ResponseCachingExecutor(executor, hints, hash, cache, http);
    }
}
