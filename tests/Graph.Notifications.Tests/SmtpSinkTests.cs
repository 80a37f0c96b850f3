using System.Net.Sockets;
using System.Text;
using FluentAssertions;
using Graph.Notifications.Email;
using Graph.SmtpSink;
using Microsoft.Extensions.Options;
using Xunit;

namespace Graph.Notifications.Tests;

/// <summary>The SMTP sink speaks the RFC 5321 subset, and the service's SMTP client talks to it.</summary>
public sealed class SmtpSinkTests : IAsyncLifetime
{
    private SmtpSinkServer _sink = null!;

    public async Task InitializeAsync() => _sink = await SmtpSinkServer.StartAsync(options: new SmtpSinkOptions { MaxMessageSize = 4096 });

    public async Task DisposeAsync() => await _sink.DisposeAsync();

    private SmtpEmailSender Sender() => new(Options.Create(new SmtpOptions
    {
        Host = "127.0.0.1", Port = _sink.SmtpPort, From = "shop@graph.test", Timeout = TimeSpan.FromSeconds(10),
    }), TimeProvider.System);

    [Fact]
    public async Task A_Message_Sent_By_The_Client_Should_Arrive_With_Its_Headers_And_Body()
    {
        var id = Guid.NewGuid();
        await Sender().SendAsync(new EmailMessage(id, "ada@example.com", "Payment received ✓",
            "Line one\n.starts with a dot\n..two dots\nLast", [new("X-Graph-Event-Id", "evt-1")]), CancellationToken.None);

        var message = _sink.Messages.All.Should().ContainSingle().Subject;
        message.From.Should().Be("shop@graph.test");
        message.To.Should().Equal("ada@example.com");
        message.Header("To").Should().Be("ada@example.com");
        message.Header("Message-ID").Should().Be($"<{id:N}@graph.local>");
        message.Header("X-Graph-Event-Id").Should().Be("evt-1");
        message.Subject.Should().Be("=?utf-8?B?" + Convert.ToBase64String(Encoding.UTF8.GetBytes("Payment received ✓")) + "?=");
        message.Body.Should().Be("Line one\r\n.starts with a dot\r\n..two dots\r\nLast\r\n", "dot-stuffing is undone by the sink");
    }

    [Fact]
    public async Task The_Sink_Should_Answer_The_Rfc_5321_Commands_In_Order()
    {
        await using var session = await RawSession.OpenAsync(_sink.SmtpPort);
        (await session.ReadReplyAsync()).Should().StartWith("220 ");
        (await session.SendAsync("MAIL FROM:<a@b.c>")).Should().StartWith("503 ", "EHLO comes first");
        (await session.SendAsync("EHLO tester")).Should().Contain("250-SIZE 4096").And.EndWith("250 SMTPUTF8");
        (await session.SendAsync("RCPT TO:<x@y.z>")).Should().StartWith("503 ", "MAIL comes before RCPT");
        (await session.SendAsync("MAIL FROM:<a@b.c>")).Should().StartWith("250 ");
        (await session.SendAsync("DATA")).Should().StartWith("503 ", "RCPT comes before DATA");
        (await session.SendAsync("RCPT TO:<x@y.z>")).Should().StartWith("250 ");
        (await session.SendAsync("RSET")).Should().StartWith("250 ");
        (await session.SendAsync("DATA")).Should().StartWith("503 ", "RSET ended the transaction");
        (await session.SendAsync("NOOP")).Should().StartWith("250 ");
        (await session.SendAsync("MAIL FROM:<a@b.c> SIZE=5000")).Should().StartWith("552 ", "the declared size is over the limit");
        (await session.SendAsync("MAIL FROM:<a@b.c>")).Should().StartWith("250 ");
        (await session.SendAsync("RCPT TO:<x@y.z>")).Should().StartWith("250 ");
        (await session.SendAsync("DATA")).Should().StartWith("354 ");
        (await session.SendAsync("Subject: hi\r\n\r\n" + new string('x', 900) + "\r\n" + new string('y', 900) + "\r\n" + new string('z', 900) + "\r\n" + new string('w', 900) + "\r\n" + new string('v', 900) + "\r\n."))
            .Should().StartWith("552 ", "the content is over the limit");
        (await session.SendAsync("BOGUS")).Should().StartWith("500 ");
        (await session.SendAsync("QUIT")).Should().StartWith("221 ");
        _sink.Messages.All.Should().BeEmpty();
    }

    [Fact]
    public async Task A_Failing_Sink_Should_Refuse_Mail_With_451_Or_421_And_Accept_Again_After_Recover()
    {
        _sink.Fail();
        var refused = async () => await Sender().SendAsync(new EmailMessage(Guid.NewGuid(), "a@b.c", "s", "b", []), CancellationToken.None);
        (await refused.Should().ThrowAsync<SmtpDeliveryException>()).Which.ReplyCode.Should().Be(451);

        _sink.Fail(SmtpFailureMode.ServiceUnavailable);
        (await refused.Should().ThrowAsync<SmtpDeliveryException>()).Which.ReplyCode.Should().Be(421);

        _sink.Recover();
        await refused();
        _sink.Messages.All.Should().ContainSingle();
    }

    [Fact]
    public async Task The_Http_Endpoints_Should_List_Messages_And_Switch_Failure()
    {
        using var http = new HttpClient { BaseAddress = _sink.HttpAddress };
        await Sender().SendAsync(new EmailMessage(Guid.NewGuid(), "ada@example.com", "Hello", "Body", []), CancellationToken.None);

        var json = await http.GetStringAsync("messages");
        json.Should().Contain("\"subject\":\"Hello\"").And.Contain("ada@example.com");

        (await http.PostAsync("fail?code=421", null)).EnsureSuccessStatusCode();
        _sink.Failure.Should().Be(SmtpFailureMode.ServiceUnavailable);
        (await http.PostAsync("fail?code=500", null)).StatusCode.Should().Be(System.Net.HttpStatusCode.BadRequest);
        (await http.PostAsync("recover", null)).EnsureSuccessStatusCode();
        _sink.Failure.Should().Be(SmtpFailureMode.None);
        (await http.DeleteAsync("messages")).EnsureSuccessStatusCode();
        _sink.Messages.All.Should().BeEmpty();
    }

    /// <summary>A hand-driven SMTP connection: each command's full reply (multi-line replies joined with CRLF).</summary>
    private sealed class RawSession(TcpClient client, StreamReader reader) : IAsyncDisposable
    {
        public static async Task<RawSession> OpenAsync(int port)
        {
            var client = new TcpClient();
            await client.ConnectAsync("127.0.0.1", port);
            return new RawSession(client, new StreamReader(client.GetStream(), Encoding.UTF8));
        }

        public async Task<string> SendAsync(string text)
        {
            await client.GetStream().WriteAsync(Encoding.UTF8.GetBytes(text + "\r\n"));
            return await ReadReplyAsync();
        }

        public async Task<string> ReadReplyAsync()
        {
            var lines = new List<string>();
            while (true)
            {
                var line = await reader.ReadLineAsync() ?? throw new IOException("closed");
                lines.Add(line);
                if (line.Length < 4 || line[3] == ' ') return string.Join("\r\n", lines);
            }
        }

        public ValueTask DisposeAsync()
        {
            client.Dispose();
            return ValueTask.CompletedTask;
        }
    }
}
