using System.Net.Sockets;
using System.Text;
using FluentAssertions;
using Graph.AspNetCore.Tests.Support;
using Graph.Benchmarks.Http;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Xunit;

namespace Graph.AspNetCore.Tests.LoadGenerator;

/// <summary>
/// The benchmarks' HTTP/1.1 response reader (tests/Graph.Benchmarks/Http), against Kestrel's real answers and
/// against scripted bytes for what Kestrel does not send (node's chunk framing with extensions and trailers, interim
/// responses, HTTP/1.0), read one byte at a time so that every boundary falls in every place.
/// </summary>
public sealed class Http11ResponseReaderTests
{
    private const string Json = """{"data":{"hello":"Hello, world!"}}""";

    [Fact]
    public async Task Kestrel_Answers_Framed_By_Content_Length_And_By_Chunks_Should_Be_Read_One_After_The_Other_On_One_Connection()
    {
        await using var server = await GraphQLTestServer.StartAsync(configureApp: MapTestEndpoints);
        using var socket = await ConnectAsync(server.Address);
        using var recorded = new RecordingStream(new NetworkStream(socket));
        var reader = new Http11ResponseReader(recorded);

        foreach (var path in new[] { "/fixed", "/chunked", "/fixed", "/chunked" })
        {
            await recorded.WriteAsync(Request(server.Address, path));
            var response = await reader.ReadAsync();

            response.StatusCode.Should().Be(200);
            Encoding.UTF8.GetString(response.Body.Span).Should().Be(Json);
            response.KeepAlive.Should().BeTrue();
        }

        // Both framings really went over the wire.
        recorded.Text.Should().Contain("Content-Length: " + Json.Length).And.Contain("Transfer-Encoding: chunked");
    }

    [Fact]
    public async Task A_GraphQL_Answer_Of_Graph_AspNetCore_Should_Be_Read_Whole()
    {
        await using var server = await GraphQLTestServer.StartAsync();
        using var socket = await ConnectAsync(server.Address);
        await using var connection = new NetworkStream(socket);
        var reader = new Http11ResponseReader(connection);

        await connection.WriteAsync(HttpLoadGenerator.EncodeRequest(server.GraphQLEndpoint, """{"query":"{ hello }"}"""));
        var response = await reader.ReadAsync();

        response.StatusCode.Should().Be(200);
        Encoding.UTF8.GetString(response.Body.Span).Should().Be(Json);
    }

    [Fact]
    public async Task A_Connection_Close_Answer_Should_Not_Be_Kept_Alive_And_The_Connection_Should_End_After_It()
    {
        await using var server = await GraphQLTestServer.StartAsync(configureApp: MapTestEndpoints);
        using var socket = await ConnectAsync(server.Address);
        await using var connection = new NetworkStream(socket);
        var reader = new Http11ResponseReader(connection);

        await connection.WriteAsync(Request(server.Address, "/close"));
        var response = await reader.ReadAsync();

        response.StatusCode.Should().Be(200);
        Encoding.UTF8.GetString(response.Body.Span).Should().Be(Json);
        response.KeepAlive.Should().BeFalse();
        await reader.Invoking(r => r.ReadAsync().AsTask()).Should().ThrowAsync<EndOfStreamException>();
    }

    [Fact]
    public async Task Chunk_Extensions_Trailers_And_Interim_Responses_Should_Be_Skipped_Wherever_The_Reads_End()
    {
        var bytes = Encoding.ASCII.GetBytes(
            "HTTP/1.1 100 Continue\r\n\r\n" +
            // As node:http writes it (lower-case hex sizes), plus an extension and a trailer field.
            "HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ntransfer-encoding: chunked\r\nconnection: keep-alive\r\nkeep-alive: timeout=5\r\n\r\n" +
            "a;name=value\r\n{\"data\":{\"\r\nC\r\nhello\":\"Hell\r\nc\r\no, world!\"}}\r\n0\r\nx-checksum: 1\r\n\r\n" +
            "HTTP/1.1 400 Bad Request\r\nContent-Length: 2\r\n\r\n{}" +
            "HTTP/1.1 204 No Content\r\n\r\n" +
            "HTTP/1.0 200 OK\r\nContent-Type: application/json\r\n\r\n" + Json);
        var reader = new Http11ResponseReader(new OneByteAtATimeStream(bytes));

        var chunked = await reader.ReadAsync();
        chunked.StatusCode.Should().Be(200);
        Encoding.UTF8.GetString(chunked.Body.Span).Should().Be(Json);
        chunked.KeepAlive.Should().BeTrue();

        var error = await reader.ReadAsync();
        error.StatusCode.Should().Be(400);
        Encoding.UTF8.GetString(error.Body.Span).Should().Be("{}");

        var empty = await reader.ReadAsync();
        empty.StatusCode.Should().Be(204);
        empty.Body.Length.Should().Be(0);
        empty.KeepAlive.Should().BeTrue();

        // HTTP/1.0 without a length: the body runs to the end of the connection, which is not kept alive.
        var untilClose = await reader.ReadAsync();
        Encoding.UTF8.GetString(untilClose.Body.Span).Should().Be(Json);
        untilClose.KeepAlive.Should().BeFalse();
    }

    [Theory]
    [InlineData("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n", typeof(InvalidDataException))]
    [InlineData("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nabcX\r\n", typeof(InvalidDataException))]
    [InlineData("HTTP/1.1 200 OK\r\nContent-Length: -1\r\n\r\n", typeof(InvalidDataException))]
    [InlineData("HTTP/1.1 200 OK\r\nContent-Length: 2\r\nContent-Length: 3\r\n\r\nabc", typeof(InvalidDataException))]
    [InlineData("SSH-2.0-OpenSSH_9.6\r\n\r\n", typeof(InvalidDataException))]
    [InlineData("HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\nabc", typeof(EndOfStreamException))]
    [InlineData("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nab", typeof(EndOfStreamException))]
    [InlineData("HTTP/1.1 200 OK\r\nContent-", typeof(EndOfStreamException))]
    public async Task A_Response_That_Cannot_Be_Framed_Should_Fail_Clearly(string response, Type expected)
    {
        var reader = new Http11ResponseReader(new OneByteAtATimeStream(Encoding.ASCII.GetBytes(response)));

        var thrown = await Record.ExceptionAsync(() => reader.ReadAsync().AsTask());

        thrown.Should().BeOfType(expected);
    }

    [Fact]
    public async Task An_Endless_Header_Section_Should_Be_Refused_At_The_Limit()
    {
        var head = "HTTP/1.1 200 OK\r\n" + string.Concat(Enumerable.Repeat("X-Filler: " + new string('a', 100) + "\r\n", 1000));
        var reader = new Http11ResponseReader(new MemoryStream(Encoding.ASCII.GetBytes(head)));

        var thrown = await Record.ExceptionAsync(() => reader.ReadAsync().AsTask());

        thrown.Should().BeOfType<InvalidDataException>().Which.Message.Should().Contain(Http11ResponseReader.MaxHeaderBytes.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task The_Load_Generator_Should_Count_Every_Wrong_Answer_As_A_Failure_And_Connect_Again_After_Connection_Close()
    {
        var answered = 0;
        var wrong = 0;
        var connections = new System.Collections.Concurrent.ConcurrentDictionary<string, bool>();
        await using var server = await GraphQLTestServer.StartAsync(configureApp: app => app.MapPost("/mixed", async context =>
        {
            connections.TryAdd(context.Connection.Id, true);
            var number = Interlocked.Increment(ref answered);
            if (number % 7 == 0)
            {
                context.Response.Headers.Connection = "close";
            }

            var body = number % 5 == 0 ? "{\"data\":null}" : Json;
            if (number % 5 == 0)
            {
                Interlocked.Increment(ref wrong);
            }

            context.Response.ContentType = "application/json";
            await context.Response.WriteAsync(body);
        }));

        var result = await new HttpLoadGenerator(connections: 2)
            .RunAsync(new Uri(server.Address, "/mixed"), """{"query":"{ hello }"}""", Json, TimeSpan.FromMilliseconds(500));

        // Closed loop: every request the server answered was read and judged before the run ended.
        result.Requests.Should().Be(Volatile.Read(ref answered));
        result.Failures.Should().Be(Volatile.Read(ref wrong));
        if (answered >= 7)
        {
            connections.Count.Should().BeGreaterThan(2);
        }

        if (wrong > 0)
        {
            result.FirstFailure.Should().Be("200: {\"data\":null}");
        }
    }

    private static void MapTestEndpoints(WebApplication app)
    {
        app.MapGet("/fixed", async context =>
        {
            context.Response.ContentType = "application/json";
            context.Response.ContentLength = Encoding.UTF8.GetByteCount(Json);
            await context.Response.WriteAsync(Json);
        });
        app.MapGet("/chunked", async context =>
        {
            // No length and several flushes: Kestrel frames the body in chunks.
            context.Response.ContentType = "application/json";
            await context.Response.WriteAsync(Json[..10]);
            await context.Response.Body.FlushAsync();
            await context.Response.WriteAsync(Json[10..]);
        });
        app.MapGet("/close", async context =>
        {
            context.Response.Headers.Connection = "close";
            context.Response.ContentType = "application/json";
            await context.Response.WriteAsync(Json);
        });
    }

    private static byte[] Request(Uri server, string path) =>
        Encoding.ASCII.GetBytes($"GET {path} HTTP/1.1\r\nHost: {server.Authority}\r\n\r\n");

    private static async Task<Socket> ConnectAsync(Uri server)
    {
        var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        await socket.ConnectAsync(server.Host, server.Port);
        return socket;
    }

    /// <summary>Hands out one byte per read, so that every framing element is split across reads somewhere.</summary>
    private sealed class OneByteAtATimeStream(byte[] bytes) : MemoryStream(bytes)
    {
        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
            base.ReadAsync(buffer[..Math.Min(1, buffer.Length)], cancellationToken);
    }

    /// <summary>A connection that keeps a copy of what it read, to check which framing the server chose.</summary>
    private sealed class RecordingStream(Stream inner) : Stream
    {
        private readonly MemoryStream _read = new();

        public string Text => Encoding.ASCII.GetString(_read.ToArray());

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
        {
            var read = await inner.ReadAsync(buffer, cancellationToken);
            _read.Write(buffer.Span[..read]);
            return read;
        }

        public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default) =>
            inner.WriteAsync(buffer, cancellationToken);

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => inner.Write(buffer, offset, count);

        public override void Flush() => inner.Flush();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                inner.Dispose();
                _read.Dispose();
            }

            base.Dispose(disposing);
        }
    }
}
