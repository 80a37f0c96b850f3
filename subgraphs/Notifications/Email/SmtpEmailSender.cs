using System.Net.Sockets;
using System.Text;
using Microsoft.Extensions.Options;

namespace Graph.Notifications.Email;

/// <summary>
/// A small SMTP client over <see cref="TcpClient"/> (RFC 5321: EHLO with a HELO fallback, MAIL FROM, RCPT TO, DATA
/// with dot-stuffing, QUIT), one connection per message, every step bounded by <see cref="SmtpOptions.Timeout"/>.
/// Written here rather than using <c>System.Net.Mail.SmtpClient</c>, which is obsolete for new code and gives no
/// reply codes to tell a transient refusal (4xx) from a permanent one. No TLS or AUTH: the relay is local or trusted.
/// </summary>
public sealed class SmtpEmailSender(IOptions<SmtpOptions> options, TimeProvider clock) : IEmailSender
{
    public async Task SendAsync(EmailMessage message, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        using var client = new TcpClient();
        try
        {
            using (var connect = Step(settings, cancellationToken))
            {
                await client.ConnectAsync(settings.Host, settings.Port, connect.Token);
            }
            var stream = client.GetStream();
            var conversation = new SmtpConversation(stream, settings, cancellationToken);
            await conversation.ExpectAsync(220, "greeting");
            var ehlo = await conversation.CommandAsync($"EHLO {settings.ClientName}");
            var eightBit = false;
            if (ehlo.Code == 250)
            {
                eightBit = ehlo.Lines.Any(l => l.StartsWith("8BITMIME", StringComparison.OrdinalIgnoreCase));
            }
            else
            {
                await conversation.CommandAsync($"HELO {settings.ClientName}", 250);
            }
            await conversation.CommandAsync($"MAIL FROM:<{settings.From}>" + (eightBit ? " BODY=8BITMIME" : string.Empty), 250);
            await conversation.CommandAsync($"RCPT TO:<{message.To}>", 250, 251);
            await conversation.CommandAsync("DATA", 354);
            await conversation.WriteDataAsync(MessageFormatter.Format(message, settings.From, clock.GetUtcNow()));
            await conversation.ExpectAsync(250, "end of data");
            // The message is accepted: a failing QUIT changes nothing.
            try { await conversation.CommandAsync("QUIT"); }
            catch (SmtpDeliveryException) { }
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            throw new SmtpDeliveryException($"The SMTP relay {settings.Host}:{settings.Port} did not answer within {settings.Timeout.TotalSeconds} s.");
        }
        catch (Exception ex) when (ex is SocketException or IOException)
        {
            throw new SmtpDeliveryException($"The SMTP relay {settings.Host}:{settings.Port} is unreachable: {ex.Message}", inner: ex);
        }
    }

    internal static CancellationTokenSource Step(SmtpOptions settings, CancellationToken cancellationToken)
    {
        var step = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        step.CancelAfter(settings.Timeout);
        return step;
    }

    /// <summary>One SMTP reply: its code and the text of each line.</summary>
    internal sealed record SmtpReply(int Code, IReadOnlyList<string> Lines);

    /// <summary>Commands and replies on an open connection (replies may span lines, RFC 5321 section 4.2.1).</summary>
    private sealed class SmtpConversation(NetworkStream stream, SmtpOptions settings, CancellationToken cancellationToken)
    {
        private const int MaxReplyLines = 100;
        private readonly StreamReader _reader = new(stream, Encoding.UTF8, false, 1024, leaveOpen: true);

        public async Task<SmtpReply> CommandAsync(string command, params int[] expected)
        {
            using (var step = Step(settings, cancellationToken))
            {
                await stream.WriteAsync(Encoding.UTF8.GetBytes(command + "\r\n"), step.Token);
            }
            var reply = await ReadReplyAsync();
            if (expected.Length > 0 && !expected.Contains(reply.Code))
            {
                var verb = command.Split(' ', 2)[0];
                throw new SmtpDeliveryException($"The SMTP relay refused {verb}: {reply.Code} {string.Join(" ", reply.Lines)}", reply.Code);
            }
            return reply;
        }

        public async Task ExpectAsync(int code, string what)
        {
            var reply = await ReadReplyAsync();
            if (reply.Code != code)
                throw new SmtpDeliveryException($"The SMTP relay answered {reply.Code} {string.Join(" ", reply.Lines)} to the {what}.", reply.Code);
        }

        /// <summary>Sends the content with every line starting with a dot doubled, then the terminating dot line.</summary>
        public async Task WriteDataAsync(string content)
        {
            var data = new StringBuilder();
            foreach (var line in content.Split("\r\n"))
            {
                if (line.StartsWith('.')) data.Append('.');
                data.Append(line).Append("\r\n");
            }
            data.Append(".\r\n");
            using var step = Step(settings, cancellationToken);
            await stream.WriteAsync(Encoding.UTF8.GetBytes(data.ToString()), step.Token);
        }

        private async Task<SmtpReply> ReadReplyAsync()
        {
            using var step = Step(settings, cancellationToken);
            var lines = new List<string>();
            while (lines.Count < MaxReplyLines)
            {
                var line = await _reader.ReadLineAsync(step.Token)
                    ?? throw new SmtpDeliveryException("The SMTP relay closed the connection.");
                if (line.Length < 3 || !int.TryParse(line.AsSpan(0, 3), out var code))
                    throw new SmtpDeliveryException("The SMTP relay sent a malformed reply.");
                lines.Add(line.Length > 4 ? line[4..] : string.Empty);
                if (line.Length == 3 || line[3] == ' ') return new SmtpReply(code, lines);
            }
            throw new SmtpDeliveryException("The SMTP relay sent a reply of too many lines.");
        }
    }
}
