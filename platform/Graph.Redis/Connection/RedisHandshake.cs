namespace Graph.Redis;

/// <summary>
/// Commands run on every new connection before it is handed out: protocol, authentication,
/// client name, database. Each reconnection repeats them, so a restarted server sees the same
/// client state.
/// </summary>
internal static class RedisHandshake
{
    public static async Task RunAsync(RedisConnection connection, RedisOptions options, CancellationToken cancellationToken)
    {
        if (options.Protocol is not (2 or 3))
        {
            throw new ArgumentOutOfRangeException(nameof(options), options.Protocol, "Redis protocol must be 2 or 3.");
        }

        // The handshake is part of connecting: it gets the connect timeout, so a short command timeout (a client
        // meant to fail fast on slow commands) does not make connecting fail on a busy server.
        var timeoutMs = (long)options.ConnectTimeout.TotalMilliseconds;

        if (options.Protocol == 3)
        {
            // HELLO 3 [AUTH user pass] [SETNAME name] switches to RESP3 and authenticates at once
            // (https://redis.io/docs/latest/commands/hello/).
            var hello = new List<RedisArg> { "HELLO", 3 };
            if (options.Password is not null)
            {
                hello.AddRange(["AUTH", options.User ?? "default", options.Password]);
            }

            if (options.ClientName is not null)
            {
                hello.AddRange(["SETNAME", options.ClientName]);
            }

            await connection.ExecuteAsync(hello.ToArray(), timeoutMs, cancellationToken).ConfigureAwait(false);
        }
        else
        {
            if (options.Password is not null)
            {
                var auth = options.User is null
                    ? connection.ExecuteAsync(["AUTH", options.Password], timeoutMs, cancellationToken)
                    : connection.ExecuteAsync(["AUTH", options.User, options.Password], timeoutMs, cancellationToken);
                await auth.ConfigureAwait(false);
            }

            if (options.ClientName is not null)
            {
                await connection.ExecuteAsync(["CLIENT", "SETNAME", options.ClientName], timeoutMs, cancellationToken).ConfigureAwait(false);
            }
        }

        if (options.Database != 0)
        {
            await connection.ExecuteAsync(["SELECT", options.Database], timeoutMs, cancellationToken).ConfigureAwait(false);
        }
    }
}
