using Graph.Redis;
using Xunit;

namespace Graph.Testing.Redis;

/// <summary>
/// A real Redis for a test class or collection. By default it starts a private
/// <c>redis-server</c> (see <see cref="RedisServerProcess"/>); when <c>GRAPH_TEST_REDIS</c> holds a
/// connection string (<c>127.0.0.1:6379</c>, optionally <c>,password=...,database=3</c>) it uses
/// that server instead. Either way every fixture gets its own key prefix, and its keys are
/// deleted on dispose.
/// </summary>
public sealed class RedisServerFixture : IAsyncLifetime, IAsyncDisposable
{
    public const string EnvironmentVariable = "GRAPH_TEST_REDIS";

    private readonly RedisServerSettings? _settings;
    private readonly bool _dedicated;
    private RedisServerProcess? _server;
    private RedisOptions _options = new();

    public RedisServerFixture()
    {
    }

    private RedisServerFixture(RedisServerSettings? settings)
    {
        _settings = settings;
        _dedicated = true;
    }

    /// <summary>True when the server is the one named by <c>GRAPH_TEST_REDIS</c> (it cannot be stopped).</summary>
    public bool IsExternal => _server is null;

    /// <summary>The isolating key and channel prefix of this fixture.</summary>
    public string Prefix => _options.Prefix;

    public string EndPoint => _options.EndPoint;

    /// <summary>A connection string for this fixture's server, database and prefix (no password).</summary>
    public string ConnectionString => $"{_options.EndPoint},database={_options.Database},prefix={_options.Prefix}";

    /// <summary>The private server process; null when external.</summary>
    public RedisServerProcess? Server => _server;

    /// <summary>
    /// Starts a private server regardless of <c>GRAPH_TEST_REDIS</c>, for tests that stop it or need
    /// a password. Dispose it at the end of the test.
    /// </summary>
    public static async Task<RedisServerFixture> StartDedicatedAsync(RedisServerSettings? settings = null)
    {
        var fixture = new RedisServerFixture(settings);
        await fixture.InitializeAsync().ConfigureAwait(false);
        return fixture;
    }

    /// <summary>Options for a client of this fixture: endpoint, credentials, database and prefix.</summary>
    public RedisOptions CreateOptions(Action<RedisOptions>? configure = null)
    {
        var options = _options.Clone();
        configure?.Invoke(options);
        return options;
    }

    public RedisClient CreateClient(Action<RedisOptions>? configure = null) => new(CreateOptions(configure));

    /// <summary>Kills the private server, as a crash would; clients see their connections drop.</summary>
    public Task StopServerAsync() => RequireOwnServer().StopAsync();

    /// <summary>Starts the private server again on the same port and waits until it answers.</summary>
    public Task StartServerAsync() => RequireOwnServer().StartAsync();

    public async Task InitializeAsync()
    {
        var external = _dedicated ? null : Environment.GetEnvironmentVariable(EnvironmentVariable);
        var prefix = $"test:{Guid.NewGuid():N}:";
        if (!string.IsNullOrWhiteSpace(external))
        {
            _options = RedisOptions.Parse(external);
            _options.Prefix = prefix;
            return;
        }

        _server = await RedisServerProcess.StartAsync(_settings).ConfigureAwait(false);
        _options = new RedisOptions
        {
            Host = _server.Host,
            Port = _server.Port,
            Password = _settings?.Password,
            Prefix = prefix,

            // Tests restart servers: reconnect quickly so that recovery does not dominate the run.
            ReconnectMaxDelay = TimeSpan.FromMilliseconds(500),
        };
    }

    public async Task DisposeAsync()
    {
        if (_server is not null)
        {
            await _server.DisposeAsync().ConfigureAwait(false);
            return;
        }

        await DeleteOwnKeysAsync().ConfigureAwait(false);
    }

    async ValueTask IAsyncDisposable.DisposeAsync() => await DisposeAsync().ConfigureAwait(false);

    // A shared server outlives the test run, so this fixture removes what it wrote.
    private async Task DeleteOwnKeysAsync()
    {
        var options = CreateOptions(o => o.Prefix = string.Empty);
        await using var client = new RedisClient(options);
        var cursor = "0";
        do
        {
            var reply = await client.ExecuteAsync(["SCAN", cursor, "MATCH", _options.Prefix + "*", "COUNT", 1000]).ConfigureAwait(false);
            cursor = reply.Items[0].AsString()!;
            var keys = reply.Items[1].Items.Select(k => k.AsString()!).ToArray();
            if (keys.Length > 0)
            {
                await client.DeleteAsync(keys).ConfigureAwait(false);
            }
        }
        while (cursor != "0");
    }

    private RedisServerProcess RequireOwnServer() =>
        _server ?? throw new InvalidOperationException(
            $"The Redis server comes from {EnvironmentVariable} and cannot be stopped by tests; use RedisServerFixture.StartDedicatedAsync().");
}
