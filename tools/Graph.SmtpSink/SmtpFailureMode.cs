namespace Graph.SmtpSink;

/// <summary>How the sink answers MAIL FROM while it simulates an outage.</summary>
public enum SmtpFailureMode
{
    /// <summary>Normal operation.</summary>
    None,

    /// <summary><c>451 4.3.0</c>: the transaction is refused, the connection stays open.</summary>
    TransientReject,

    /// <summary><c>421 4.3.0</c>: the service is unavailable and the connection closes.</summary>
    ServiceUnavailable,
}
