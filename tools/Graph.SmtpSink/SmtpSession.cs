using System.Net.Sockets;
using System.Text;

namespace Graph.SmtpSink;

/// <summary>
/// One SMTP connection: the RFC 5321 subset the sink speaks (EHLO/HELO, MAIL FROM, RCPT TO, DATA with dot-stuffing,
/// RSET, NOOP, QUIT). No AUTH, no STARTTLS. While the server is failing, MAIL FROM is refused (451, or 421 and the
/// connection closes) so senders see a transient outage.
/// </summary>
internal sealed class SmtpSession(TcpClient client, SmtpSinkServer server, SmtpSinkOptions options)
{
    // RFC 5321 section 4.5.3.1.4 (command line, 512 octets with CRLF) and 4.5.3.1.6 (text line, 1000 octets with CRLF).
    private const int MaxCommandLength = 510;
    private const int MaxTextLineLength = 998;

    private readonly NetworkStream _stream = client.GetStream();
    private string? _clientName;
    private string? _from;
    private readonly List<string> _recipients = [];

    public async Task RunAsync(CancellationToken stopping)
    {
        var reader = new SmtpLineReader(_stream);
        await ReplyAsync($"220 {options.HostName} ESMTP Graph.SmtpSink ready", stopping);
        while (!stopping.IsCancellationRequested)
        {
            using var idle = CancellationTokenSource.CreateLinkedTokenSource(stopping);
            idle.CancelAfter(options.IdleTimeout);
            var (line, tooLong) = await reader.ReadLineAsync(MaxCommandLength, idle.Token);
            if (tooLong) { await ReplyAsync("500 5.5.2 Line too long", stopping); continue; }
            if (line is null) return;
            if (!await HandleAsync(line, reader, stopping)) return;
        }
    }

    /// <summary>Answers one command; false when the connection must close.</summary>
    private async Task<bool> HandleAsync(string line, SmtpLineReader reader, CancellationToken ct)
    {
        var space = line.IndexOf(' ');
        var verb = (space < 0 ? line : line[..space]).ToUpperInvariant();
        var argument = space < 0 ? string.Empty : line[(space + 1)..].Trim();
        switch (verb)
        {
            case "EHLO":
                if (argument.Length == 0) { await ReplyAsync("501 5.5.4 EHLO requires a domain", ct); return true; }
                _clientName = argument;
                ResetTransaction();
                await ReplyAsync($"250-{options.HostName} greets {argument}\r\n250-SIZE {options.MaxMessageSize}\r\n250-8BITMIME\r\n250 SMTPUTF8", ct);
                return true;
            case "HELO":
                if (argument.Length == 0) { await ReplyAsync("501 5.5.4 HELO requires a domain", ct); return true; }
                _clientName = argument;
                ResetTransaction();
                await ReplyAsync($"250 {options.HostName}", ct);
                return true;
            case "MAIL":
                return await MailAsync(argument, ct);
            case "RCPT":
                await RecipientAsync(argument, ct);
                return true;
            case "DATA":
                await DataAsync(reader, ct);
                return true;
            case "RSET":
                ResetTransaction();
                await ReplyAsync("250 2.0.0 Ok", ct);
                return true;
            case "NOOP":
                await ReplyAsync("250 2.0.0 Ok", ct);
                return true;
            case "QUIT":
                await ReplyAsync($"221 2.0.0 {options.HostName} closing connection", ct);
                return false;
            case "VRFY":
                await ReplyAsync("252 2.1.5 Cannot verify, will attempt delivery", ct);
                return true;
            default:
                await ReplyAsync("500 5.5.1 Command unrecognized", ct);
                return true;
        }
    }

    private async Task<bool> MailAsync(string argument, CancellationToken ct)
    {
        if (_clientName is null) { await ReplyAsync("503 5.5.1 Send EHLO or HELO first", ct); return true; }
        if (_from is not null) { await ReplyAsync("503 5.5.1 Nested MAIL command", ct); return true; }
        switch (server.Failure)
        {
            case SmtpFailureMode.TransientReject:
                await ReplyAsync("451 4.3.0 Mail service temporarily unavailable", ct);
                return true;
            case SmtpFailureMode.ServiceUnavailable:
                await ReplyAsync($"421 4.3.0 {options.HostName} service not available, closing transmission channel", ct);
                return false;
        }
        if (!TryParsePath(argument, "FROM:", out var path, out var parameters))
        {
            await ReplyAsync("501 5.5.4 Syntax: MAIL FROM:<address>", ct);
            return true;
        }
        foreach (var parameter in parameters)
        {
            if (!parameter.StartsWith("SIZE=", StringComparison.OrdinalIgnoreCase)) continue;
            if (!long.TryParse(parameter[5..], out var declared)) { await ReplyAsync("501 5.5.4 Bad SIZE parameter", ct); return true; }
            if (declared > options.MaxMessageSize) { await ReplyAsync("552 5.3.4 Message size exceeds fixed maximum message size", ct); return true; }
        }
        _from = path;
        await ReplyAsync("250 2.1.0 Ok", ct);
        return true;
    }

    private async Task RecipientAsync(string argument, CancellationToken ct)
    {
        if (_from is null) { await ReplyAsync("503 5.5.1 Need MAIL before RCPT", ct); return; }
        if (!TryParsePath(argument, "TO:", out var path, out _) || path.Length == 0)
        {
            await ReplyAsync("501 5.5.4 Syntax: RCPT TO:<address>", ct);
            return;
        }
        if (_recipients.Count >= options.MaxRecipients) { await ReplyAsync("452 4.5.3 Too many recipients", ct); return; }
        _recipients.Add(path);
        await ReplyAsync("250 2.1.5 Ok", ct);
    }

    private async Task DataAsync(SmtpLineReader reader, CancellationToken ct)
    {
        if (_from is null || _recipients.Count == 0) { await ReplyAsync("503 5.5.1 Need RCPT before DATA", ct); return; }
        await ReplyAsync("354 End data with <CR><LF>.<CR><LF>", ct);
        var content = new StringBuilder();
        var size = 0L;
        var tooBig = false;
        var lineTooLong = false;
        while (true)
        {
            var (line, tooLong) = await reader.ReadLineAsync(MaxTextLineLength, ct);
            if (tooLong) { lineTooLong = true; continue; }
            if (line is null) throw new IOException("The client closed the connection during DATA.");
            if (line == ".") break;
            // RFC 5321 section 4.5.2: a line starting with a dot had one more dot added by the sender.
            if (line.StartsWith('.')) line = line[1..];
            size += Encoding.UTF8.GetByteCount(line) + 2;
            if (size > options.MaxMessageSize) { tooBig = true; content.Clear(); }
            if (!tooBig) content.Append(line).Append("\r\n");
        }
        if (tooBig) { ResetTransaction(); await ReplyAsync("552 5.3.4 Message size exceeds fixed maximum message size", ct); return; }
        if (lineTooLong) { ResetTransaction(); await ReplyAsync("500 5.5.2 Line too long", ct); return; }
        var raw = content.ToString();
        var (headers, body) = ReceivedMessage.Parse(raw);
        var id = Guid.NewGuid().ToString("N")[..12].ToUpperInvariant();
        server.Messages.Add(new ReceivedMessage(id, _from, [.. _recipients], headers, body, raw, DateTimeOffset.UtcNow));
        ResetTransaction();
        await ReplyAsync($"250 2.0.0 Ok: queued as {id}", ct);
    }

    private void ResetTransaction()
    {
        _from = null;
        _recipients.Clear();
    }

    /// <summary>Parses <c>FROM:&lt;path&gt; [params]</c> (RFC 5321 section 4.1.2); the null path <c>&lt;&gt;</c> is allowed.</summary>
    private static bool TryParsePath(string argument, string keyword, out string path, out string[] parameters)
    {
        path = string.Empty;
        parameters = [];
        if (!argument.StartsWith(keyword, StringComparison.OrdinalIgnoreCase)) return false;
        var rest = argument[keyword.Length..].TrimStart();
        if (!rest.StartsWith('<')) return false;
        var close = rest.IndexOf('>');
        if (close < 0) return false;
        path = rest[1..close].Trim();
        if (path.Length > 0 && (path.Contains(' ') || !path.Contains('@'))) return false;
        parameters = rest[(close + 1)..].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return true;
    }

    private async Task ReplyAsync(string reply, CancellationToken ct)
    {
        var bytes = Encoding.UTF8.GetBytes(reply + "\r\n");
        await _stream.WriteAsync(bytes, ct);
        await _stream.FlushAsync(ct);
    }
}
