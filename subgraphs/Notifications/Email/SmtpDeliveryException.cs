namespace Graph.Notifications.Email;

/// <summary>
/// The relay refused a command (<see cref="ReplyCode"/>, e.g. 451 or 550) or the conversation broke (connection,
/// timeout: <see cref="ReplyCode"/> is null). The message is safe to log: it holds the reply, never the email.
/// </summary>
public sealed class SmtpDeliveryException(string message, int? replyCode = null, Exception? inner = null) : Exception(message, inner)
{
    /// <summary>The SMTP reply code, when the relay answered.</summary>
    public int? ReplyCode { get; } = replyCode;
}
