using Graph.Execution;
using Microsoft.Extensions.Logging;

namespace Graph.Gateway.Composition;

/// <summary>
/// The composition and executor the gateway serves now. Every request takes <see cref="Current"/> once at its start
/// (the transports resolve <see cref="IRequestExecutor"/> per request), so a reload swaps the executor for new requests
/// while requests in flight finish on the one they started with. A composition that fails to load keeps the current
/// one and is logged.
/// </summary>
public sealed partial class GatewayExecutorProvider(CompositionLoader loader, IGatewayExecutorFactory factory, ILogger<GatewayExecutorProvider> logger)
{
    private readonly Lock _gate = new();
    private volatile Loaded? _loaded;

    /// <summary>The executor of the current composition; the first call loads it (a failure then is a start-up error).</summary>
    public IRequestExecutor Current => (_loaded ?? LoadFirst()).Executor;

    public GatewayComposition Composition => (_loaded ?? LoadFirst()).Composition;

    /// <summary>How many compositions were loaded (1 after start-up); tests and logs tell reloads apart by it.</summary>
    public int Generation => _loaded?.Generation ?? 0;

    /// <summary>Loads the files again; on success the new composition serves new requests. Returns the error otherwise.</summary>
    public bool TryReload(out string? error)
    {
        lock (_gate)
        {
            var previous = _loaded;
            try
            {
                var composition = loader.Load();
                if (previous is not null && previous.Composition.Hash == composition.Hash && SameUrls(previous.Composition, composition))
                {
                    error = null;
                    return true;
                }

                _loaded = new Loaded(composition, factory.Create(composition), (previous?.Generation ?? 0) + 1);
                LogReloaded(logger, composition.ExecutionSchemaPath, composition.Hash[..12], _loaded.Generation);
                error = null;
                return true;
            }
            catch (GatewayCompositionException failure)
            {
                LogReloadFailed(logger, failure, failure.Message);
                error = failure.Message;
                return false;
            }
        }
    }

    private Loaded LoadFirst()
    {
        lock (_gate)
        {
            if (_loaded is { } loaded)
            {
                return loaded;
            }

            var composition = loader.Load();
            _loaded = new Loaded(composition, factory.Create(composition), 1);
            LogLoaded(logger, composition.ExecutionSchemaPath, composition.Hash[..12], composition.Schema.SourceSchemas.Count);
            return _loaded;
        }
    }

    private static bool SameUrls(GatewayComposition a, GatewayComposition b) =>
        a.Schema.SubgraphUrls.Count == b.Schema.SubgraphUrls.Count
        && a.Schema.SubgraphUrls.All(p => b.Schema.SubgraphUrls.TryGetValue(p.Key, out var url) && url == p.Value);

    private sealed record Loaded(GatewayComposition Composition, IRequestExecutor Executor, int Generation);

    [LoggerMessage(Level = LogLevel.Information, Message = "Serving the composition {Path} (sha256 {Hash}, {Subgraphs} subgraphs)")]
    private static partial void LogLoaded(ILogger logger, string path, string hash, int subgraphs);

    [LoggerMessage(Level = LogLevel.Information, Message = "Reloaded the composition {Path} (sha256 {Hash}, generation {Generation}); new requests use it")]
    private static partial void LogReloaded(ILogger logger, string path, string hash, int generation);

    [LoggerMessage(Level = LogLevel.Error, Message = "The changed composition was not loaded; the previous one keeps serving: {Reason}")]
    private static partial void LogReloadFailed(ILogger logger, Exception error, string reason);
}
