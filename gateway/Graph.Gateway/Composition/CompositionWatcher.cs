using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Graph.Gateway.Composition;

/// <summary>
/// Loads the composition at start-up (an unusable one stops start-up with its reason) and reloads it when the execution
/// schema or the manifest changes on disk: <see cref="FileSystemWatcher"/> events (an editor or <c>graph compose</c> may
/// write, rename and touch a file several times) restart a debounce timer, and one reload runs when they stop.
/// </summary>
public sealed partial class CompositionWatcher(
    GatewayExecutorProvider provider,
    CompositionLoader loader,
    IOptions<FusionOptions> options,
    ILogger<CompositionWatcher> logger) : IHostedService, IDisposable
{
    private readonly List<FileSystemWatcher> _watchers = [];
    private Timer? _debounce;

    public Task StartAsync(CancellationToken cancellationToken)
    {
        _ = provider.Current;
        _debounce = new Timer(_ => provider.TryReload(out string? _));
        foreach (var path in new[] { loader.ExecutionSchemaPath, loader.ManifestPath }.Distinct(StringComparer.Ordinal))
        {
            var directory = Path.GetDirectoryName(path)!;
            var watcher = new FileSystemWatcher(directory, Path.GetFileName(path))
            {
                NotifyFilter = NotifyFilters.LastWrite | NotifyFilters.Size | NotifyFilters.FileName | NotifyFilters.CreationTime,
            };
            watcher.Changed += OnChanged;
            watcher.Created += OnChanged;
            watcher.Renamed += OnChanged;
            watcher.Error += (_, e) => LogWatchFailed(logger, e.GetException(), directory);
            watcher.EnableRaisingEvents = true;
            _watchers.Add(watcher);
        }

        LogWatching(logger, string.Join(", ", _watchers.Select(w => Path.Combine(w.Path, w.Filter))));
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken)
    {
        foreach (var watcher in _watchers)
        {
            watcher.EnableRaisingEvents = false;
        }

        _debounce?.Change(Timeout.Infinite, Timeout.Infinite);
        return Task.CompletedTask;
    }

    public void Dispose()
    {
        foreach (var watcher in _watchers)
        {
            watcher.Dispose();
        }

        _debounce?.Dispose();
    }

    private void OnChanged(object sender, FileSystemEventArgs e) =>
        _debounce?.Change(options.Value.ReloadDebounce, Timeout.InfiniteTimeSpan);

    [LoggerMessage(Level = LogLevel.Information, Message = "Watching {Files} for changes")]
    private static partial void LogWatching(ILogger logger, string files);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Watching {Directory} failed; composition changes may be missed until restart")]
    private static partial void LogWatchFailed(ILogger logger, Exception error, string directory);
}
