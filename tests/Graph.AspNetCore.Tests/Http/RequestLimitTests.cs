using System.Security.Claims;
using System.Text;
using FluentAssertions;
using Graph.AspNetCore.Tests.Support;
using Graph.Execution;
using Graph.Types;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace Graph.AspNetCore.Tests.Http;

/// <summary>Body size (413), execution timeout (504), cancellation when the client goes away, identity, unexpected failures (500).</summary>
public sealed class RequestLimitTests
{
    [Fact]
    public async Task A_Body_Over_The_Limit_Should_Be_413_With_Or_Without_Content_Length()
    {
        await using var server = await GraphQLTestServer.StartAsync(graphql => graphql.ModifyServerOptions(o => o.Http.MaxRequestBodySize = 100));
        using var client = new HttpClient { BaseAddress = server.Address };
        var large = "{\"query\":\"{ hello }\",\"extensions\":{\"padding\":\"" + new string('x', 200) + "\"}}";

        using var withLength = await client.SendAsync(HttpRequests.PostJson(large));
        using var chunked = new HttpRequestMessage(HttpMethod.Post, "graphql") { Content = new ChunkedContent(large) };
        using var withoutLength = await client.SendAsync(chunked);
        using var small = await client.SendAsync(HttpRequests.PostJson("""{"query":"{ hello }"}"""));

        ((int)withLength.StatusCode).Should().Be(413);
        (await withLength.Content.ReadAsStringAsync()).Should().Contain("HTTP_REQUEST_TOO_LARGE");
        ((int)withoutLength.StatusCode).Should().Be(413);
        ((int)small.StatusCode).Should().Be(200);
    }

    [Fact]
    public async Task A_Request_Running_Past_The_Timeout_Should_Be_Cancelled_With_A_Timeout_Error()
    {
        await using var server = await GraphQLTestServer.StartAsync(graphql => graphql.AddHttpTestFields().ModifyServerOptions(o => o.ExecutionTimeout = TimeSpan.FromMilliseconds(200)));
        using var client = new HttpClient { BaseAddress = server.Address };

        using var response = await client.SendAsync(HttpRequests.PostJson("""{"query":"{ hello slow }"}"""));

        ((int)response.StatusCode).Should().Be(504);
        (await response.Content.ReadAsStringAsync()).Should().Contain("EXECUTION_TIMEOUT").And.NotContain("\"data\"");
    }

    [Fact]
    public async Task A_Client_Going_Away_Should_Cancel_The_Resolvers()
    {
        await using var server = await GraphQLTestServer.StartAsync(graphql => graphql.AddHttpTestFields());
        using var client = new HttpClient { BaseAddress = server.Address };
        var cancelled = HttpTestFields.ResetSlowCancelled();
        using var abort = new CancellationTokenSource(TimeSpan.FromMilliseconds(300));

        var send = () => client.SendAsync(HttpRequests.PostJson("""{"query":"{ slow }"}"""), abort.Token);

        await send.Should().ThrowAsync<OperationCanceledException>();
        await cancelled.Task.WaitAsync(TimeSpan.FromSeconds(10));
    }

    [Fact]
    public async Task The_Request_User_Should_Reach_Resolvers()
    {
        await using var server = await GraphQLTestServer.StartAsync(
            graphql => graphql.AddHttpTestFields(),
            configureApp: app => app.Use((context, next) =>
            {
                context.User = new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.Name, "ada")], "test"));
                return next(context);
            }));
        using var client = new HttpClient { BaseAddress = server.Address };

        using var response = await client.SendAsync(HttpRequests.PostJson("""{"query":"{ whoAmI }"}"""));

        (await response.Content.ReadAsStringAsync()).Should().Be("""{"data":{"whoAmI":"ada"}}""");
    }

    [Fact]
    public async Task An_Unexpected_Failure_Should_Be_500_Without_Its_Details()
    {
        await using var server = await GraphQLTestServer.StartAsync(configureServices: services => services.AddSingleton<IRequestExecutor, FailingExecutor>());
        using var client = new HttpClient { BaseAddress = server.Address };

        using var response = await client.SendAsync(HttpRequests.PostJson("""{"query":"{ hello }"}"""));
        var body = await response.Content.ReadAsStringAsync();

        ((int)response.StatusCode).Should().Be(500);
        body.Should().Contain("INTERNAL_SERVER_ERROR").And.NotContain("secret");
    }

    private sealed class FailingExecutor : IRequestExecutor
    {
        public Schema Schema => throw new NotSupportedException();

        public Task<IExecutionResult> ExecuteAsync(OperationRequest request, CancellationToken cancellationToken = default) =>
            throw new InvalidOperationException("secret connection string");
    }

    /// <summary>A body sent with chunked transfer encoding (no Content-Length), so the server must count bytes itself.</summary>
    private sealed class ChunkedContent : HttpContent
    {
        private readonly byte[] _bytes;

        public ChunkedContent(string text)
        {
            _bytes = Encoding.UTF8.GetBytes(text);
            Headers.TryAddWithoutValidation("Content-Type", "application/json");
        }

        protected override async Task SerializeToStreamAsync(Stream stream, System.Net.TransportContext? context)
        {
            for (var i = 0; i < _bytes.Length; i += 16)
            {
                await stream.WriteAsync(_bytes.AsMemory(i, Math.Min(16, _bytes.Length - i)));
                await stream.FlushAsync();
            }
        }

        protected override bool TryComputeLength(out long length)
        {
            length = 0;
            return false;
        }
    }
}
