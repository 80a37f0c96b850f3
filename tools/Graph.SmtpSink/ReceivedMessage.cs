namespace Graph.SmtpSink;

/// <summary>One message accepted by the sink: the envelope (RFC 5321 MAIL FROM / RCPT TO) and the content after DATA.</summary>
/// <param name="Id">The queue id the sink answered with (<c>250 2.0.0 Ok: queued as &lt;id&gt;</c>).</param>
/// <param name="From">The reverse path of MAIL FROM (empty for the null sender <c>&lt;&gt;</c>).</param>
/// <param name="To">The forward paths of every accepted RCPT TO.</param>
/// <param name="Headers">The header fields (RFC 5322 section 2.2), unfolded, in order; names as sent.</param>
/// <param name="Body">The body after the blank line that ends the headers, dot-unstuffed, CRLF line ends.</param>
/// <param name="Raw">The whole message as received (headers and body), dot-unstuffed.</param>
/// <param name="ReceivedAt">When the final dot was accepted.</param>
public sealed record ReceivedMessage(
    string Id,
    string From,
    IReadOnlyList<string> To,
    IReadOnlyList<KeyValuePair<string, string>> Headers,
    string Body,
    string Raw,
    DateTimeOffset ReceivedAt)
{
    /// <summary>The first header field named <paramref name="name"/> (case-insensitive), or null.</summary>
    public string? Header(string name) =>
        Headers.FirstOrDefault(h => string.Equals(h.Key, name, StringComparison.OrdinalIgnoreCase)).Value;

    /// <summary>The <c>Subject</c> header, or null.</summary>
    public string? Subject => Header("Subject");

    /// <summary>Splits a received message into its header fields and body (RFC 5322 section 2.1; folded lines joined).</summary>
    internal static (IReadOnlyList<KeyValuePair<string, string>> Headers, string Body) Parse(string raw)
    {
        var headers = new List<KeyValuePair<string, string>>();
        var end = raw.IndexOf("\r\n\r\n", StringComparison.Ordinal);
        var headerText = end < 0 ? raw : raw[..end];
        var body = end < 0 ? string.Empty : raw[(end + 4)..];
        foreach (var line in headerText.Split("\r\n"))
        {
            if (line.Length == 0) continue;
            if ((line[0] == ' ' || line[0] == '\t') && headers.Count > 0)
            {
                var last = headers[^1];
                headers[^1] = new(last.Key, last.Value + " " + line.Trim());
                continue;
            }
            var colon = line.IndexOf(':');
            if (colon <= 0) continue; // not a header field: kept in Raw only
            headers.Add(new(line[..colon].Trim(), line[(colon + 1)..].Trim()));
        }
        return (headers, body);
    }
}
