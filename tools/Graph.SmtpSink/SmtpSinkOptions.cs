namespace Graph.SmtpSink;

/// <summary>Limits and identity of the sink (configuration section <c>SmtpSink</c>).</summary>
public sealed class SmtpSinkOptions
{
    /// <summary>The name in the greeting and the EHLO answer.</summary>
    public string HostName { get; set; } = "graph-smtp-sink";

    /// <summary>The largest message accepted after DATA, in bytes (advertised as the SIZE extension, RFC 1870).</summary>
    public int MaxMessageSize { get; set; } = 10 * 1024 * 1024;

    /// <summary>Recipients per transaction (RFC 5321 section 4.5.3.1.8 asks for at least 100).</summary>
    public int MaxRecipients { get; set; } = 100;

    /// <summary>How many received messages are kept in memory.</summary>
    public int MaxStoredMessages { get; set; } = 1000;

    /// <summary>Concurrent SMTP connections; more are answered 421 and closed.</summary>
    public int MaxConnections { get; set; } = 64;

    /// <summary>A client silent this long is disconnected (RFC 5321 section 4.5.3.2.7 suggests 5 minutes).</summary>
    public TimeSpan IdleTimeout { get; set; } = TimeSpan.FromMinutes(5);
}
