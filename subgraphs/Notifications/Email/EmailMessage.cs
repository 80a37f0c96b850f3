namespace Graph.Notifications.Email;

/// <summary>A plain-text email to one recipient.</summary>
/// <param name="MessageId">The unique id, used for the <c>Message-ID</c> header (stable across retries of one email).</param>
/// <param name="To">The recipient's address.</param>
/// <param name="Subject">The subject (one line).</param>
/// <param name="Body">The plain-text body.</param>
/// <param name="Headers">Extra header fields (names and values of printable ASCII, one line each).</param>
public sealed record EmailMessage(
    Guid MessageId, string To, string Subject, string Body, IReadOnlyList<KeyValuePair<string, string>> Headers);
