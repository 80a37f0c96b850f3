using System.Globalization;

namespace Graph.Redis;

/// <summary>
/// How to reach and use one Redis endpoint. Built in code or parsed from a connection string
/// in the StackExchange.Redis style: <c>127.0.0.1:6379,user=app,password=secret,database=2,prefix=catalog:</c>.
/// </summary>
public sealed class RedisOptions
{
    public string Host { get; set; } = "127.0.0.1";

    public int Port { get; set; } = 6379;

    /// <summary>ACL user name; with a password only, <c>AUTH password</c> authenticates as <c>default</c>.</summary>
    public string? User { get; set; }

    public string? Password { get; set; }

    /// <summary>Database selected with <c>SELECT</c> after connecting; pub/sub ignores it, so <see cref="Prefix"/> isolates channels.</summary>
    public int Database { get; set; }

    /// <summary>Prepended to every key and channel name, and stripped from received channel names.</summary>
    public string Prefix { get; set; } = string.Empty;

    /// <summary>2 (default, understood by every server) or 3 (sent as <c>HELLO 3</c>).</summary>
    public int Protocol { get; set; } = 2;

    /// <summary>Sent with <c>CLIENT SETNAME</c> so that <c>CLIENT LIST</c> shows who is connected.</summary>
    public string? ClientName { get; set; }

    public TimeSpan ConnectTimeout { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>Longest wait for a reply before the command fails with <see cref="RedisTimeoutException"/>.</summary>
    public TimeSpan CommandTimeout { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>
    /// How long the pub/sub connection may stay silent before a <c>PING</c> checks it (default 30 s; zero turns it off).
    /// A connection dropped without a word (an idle timeout in a NAT, firewall or load balancer; a peer that vanished)
    /// would otherwise look alive for hours and deliver nothing. When nothing answers within
    /// <see cref="CommandTimeout"/>, the connection is closed and made again, its subscriptions restored.
    /// </summary>
    public TimeSpan KeepAlive { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>First delay between reconnection attempts; it doubles up to <see cref="ReconnectMaxDelay"/>.</summary>
    public TimeSpan ReconnectMinDelay { get; set; } = TimeSpan.FromMilliseconds(50);

    public TimeSpan ReconnectMaxDelay { get; set; } = TimeSpan.FromSeconds(2);

    public string EndPoint => $"{Host}:{Port.ToString(CultureInfo.InvariantCulture)}";

    public RedisOptions Clone() => (RedisOptions)MemberwiseClone();

    /// <summary>
    /// Parses <c>host[:port][,key=value]*</c>; keys are case-insensitive: <c>user</c>, <c>password</c>,
    /// <c>database</c> (or <c>db</c>, <c>defaultDatabase</c>), <c>prefix</c>, <c>protocol</c>, <c>name</c>,
    /// <c>connectTimeout</c> and <c>commandTimeout</c> (or <c>syncTimeout</c>) in milliseconds, <c>keepAlive</c> in seconds.
    /// </summary>
    public static RedisOptions Parse(string connectionString)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        var options = new RedisOptions();
        var parts = connectionString.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        foreach (var part in parts)
        {
            var equals = part.IndexOf('=', StringComparison.Ordinal);
            if (equals < 0)
            {
                options.SetEndPoint(part);
                continue;
            }

            options.Set(part[..equals].Trim(), part[(equals + 1)..].Trim());
        }

        return options;
    }

    public override string ToString()
    {
        var text = EndPoint;
        text += User is null ? string.Empty : $",user={User}";
        text += Password is null ? string.Empty : ",password=*****";
        text += Database == 0 ? string.Empty : $",database={Database.ToString(CultureInfo.InvariantCulture)}";
        text += Prefix.Length == 0 ? string.Empty : $",prefix={Prefix}";
        return text;
    }

    private void SetEndPoint(string endPoint)
    {
        // "[::1]:6379" and "host:6379"; a bare host keeps the default port.
        var colon = endPoint.LastIndexOf(':');
        if (colon > 0 && endPoint.IndexOf(']', StringComparison.Ordinal) < colon)
        {
            Host = endPoint[..colon].Trim('[', ']');
            Port = ParseInt(endPoint[(colon + 1)..], "port");
        }
        else
        {
            Host = endPoint.Trim('[', ']');
        }
    }

    private void Set(string key, string value)
    {
        switch (key.ToLowerInvariant())
        {
            case "user":
            case "username":
                User = value;
                break;
            case "password":
                Password = value;
                break;
            case "database":
            case "db":
            case "defaultdatabase":
                Database = ParseInt(value, key);
                break;
            case "prefix":
                Prefix = value;
                break;
            case "protocol":
                Protocol = value.Equals("resp3", StringComparison.OrdinalIgnoreCase) ? 3
                    : value.Equals("resp2", StringComparison.OrdinalIgnoreCase) ? 2
                    : ParseInt(value, key);
                break;
            case "name":
                ClientName = value;
                break;
            case "connecttimeout":
                ConnectTimeout = TimeSpan.FromMilliseconds(ParseInt(value, key));
                break;
            case "commandtimeout":
            case "synctimeout":
                CommandTimeout = TimeSpan.FromMilliseconds(ParseInt(value, key));
                break;
            case "keepalive":
                KeepAlive = TimeSpan.FromSeconds(ParseInt(value, key));
                break;
            default:
                throw new FormatException($"Unknown Redis connection string option '{key}'.");
        }
    }

    private static int ParseInt(string value, string what) =>
        int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var number)
            ? number
            : throw new FormatException($"Redis connection string option '{what}' is not a number: '{value}'.");
}
