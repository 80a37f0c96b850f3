using System.Globalization;
using System.Text;

namespace Graph.Notifications.Email;

/// <summary>
/// Formats a plain-text email (RFC 5322 headers, MIME 1.0, UTF-8 8bit body). Non-ASCII subjects are RFC 2047
/// encoded words; header values lose any CR/LF so nothing can add header lines; body lines end in CRLF.
/// </summary>
internal static class MessageFormatter
{
    public static string Format(EmailMessage message, string from, DateTimeOffset now)
    {
        var text = new StringBuilder();
        Header(text, "From", from);
        Header(text, "To", message.To);
        Header(text, "Subject", EncodeIfNeeded(message.Subject));
        Header(text, "Date", now.ToString("ddd, dd MMM yyyy HH:mm:ss +0000", CultureInfo.InvariantCulture));
        Header(text, "Message-ID", $"<{message.MessageId:N}@graph.local>");
        Header(text, "MIME-Version", "1.0");
        Header(text, "Content-Type", "text/plain; charset=utf-8");
        Header(text, "Content-Transfer-Encoding", "8bit");
        foreach (var (name, value) in message.Headers) Header(text, name, value);
        text.Append("\r\n");
        var body = message.Body.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');
        text.Append(body.Replace("\n", "\r\n", StringComparison.Ordinal));
        return text.ToString();
    }

    private static void Header(StringBuilder text, string name, string value) =>
        text.Append(name).Append(": ").Append(value.Replace("\r", " ", StringComparison.Ordinal).Replace("\n", " ", StringComparison.Ordinal)).Append("\r\n");

    private static string EncodeIfNeeded(string value) =>
        value.All(c => c is >= ' ' and <= '~') ? value : $"=?utf-8?B?{Convert.ToBase64String(Encoding.UTF8.GetBytes(value))}?=";
}
