namespace Graph.Redis;

/// <summary>Base of every failure the Redis client reports.</summary>
public class RedisException : Exception
{
    public RedisException(string message)
        : base(message)
    {
    }

    public RedisException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }
}

/// <summary>The server answered with an error reply; <see cref="Exception.Message"/> is the server's text.</summary>
public sealed class RedisServerException(string message) : RedisException(message)
{
    /// <summary>The error's first word, by convention its kind: <c>ERR</c>, <c>WRONGTYPE</c>, <c>NOSCRIPT</c>, <c>NOAUTH</c>.</summary>
    public string Kind { get; } = message.Split(' ', 2)[0];
}

/// <summary>The server cannot be reached, or the connection broke before the reply arrived.</summary>
public sealed class RedisConnectionException(string message, Exception? innerException = null)
    : RedisException(message, innerException);

/// <summary>The reply did not arrive within the command timeout.</summary>
public sealed class RedisTimeoutException(string message) : RedisException(message);

/// <summary>The bytes received are not valid RESP; the connection is closed and re-established.</summary>
public sealed class RedisProtocolException(string message) : RedisException(message);
