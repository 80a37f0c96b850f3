using System.Net;
using FluentAssertions;
using Graph.Client.Tests.Support;
using Xunit;

namespace Graph.Client.Tests.Runtime;

/// <summary>The runtime against a real GraphQL server on loopback: results, errors, retries, token refresh, cancellation, SSE.</summary>
public sealed class GraphQLHttpClientTests : IAsyncLifetime
{
    private readonly HttpClient _http = new();
    private RuntimeTestServer _server = null!;

    public async Task InitializeAsync() => _server = await RuntimeTestServer.StartAsync();

    public async Task DisposeAsync()
    {
        _http.Dispose();
        await _server.DisposeAsync();
    }

    [Fact]
    public async Task A_Query_Should_Return_Typed_Data()
    {
        var result = await Client().ExecuteAsync<HelloResult>(TestOperations.Hello, TestOperations.Variables(("name", "Ada")));

        result.Errors.Should().BeEmpty();
        result.EnsureData().Hello.Should().Be("Hello, Ada!");
    }

    [Fact]
    public async Task A_Field_Error_Should_Keep_The_Partial_Data_And_Its_Code()
    {
        var result = await Client().ExecuteAsync<ForbiddenResult>(TestOperations.Forbidden, TestOperations.Variables());

        result.Data!.Hello.Should().Be("Hello, world!");
        result.Data.Forbidden.Should().BeNull();
        var error = result.Errors.Should().ContainSingle().Subject;
        error.Code.Should().Be("AUTH_NOT_AUTHORIZED");
        error.Path.Should().Equal("forbidden");
        result.Invoking(r => r.EnsureData()).Should().Throw<GraphQLResponseException>().Which.Code.Should().Be("AUTH_NOT_AUTHORIZED");
    }

    [Fact]
    public async Task An_Invalid_Operation_Should_Surface_The_Validation_Code()
    {
        var result = await Client().ExecuteAsync<HelloResult>(TestOperations.Unknown, TestOperations.Variables());

        result.Data.Should().BeNull();
        result.Errors.Should().ContainSingle().Which.Code.Should().Be("FIELD_SELECTIONS");
    }

    [Fact]
    public async Task A_Query_Should_Be_Sent_Again_After_A_503()
    {
        _server.FailNext(2);

        var result = await Client().ExecuteAsync<HelloResult>(TestOperations.Hello, TestOperations.Variables());

        result.EnsureData().Hello.Should().Be("Hello, world!");
        _server.Authorizations.Should().HaveCount(3);
    }

    [Fact]
    public async Task A_Query_Should_Give_Up_With_The_Status_After_Its_Retries()
    {
        _server.FailNext(10);

        var act = () => Client(maxRetries: 2).ExecuteAsync<HelloResult>(TestOperations.Hello, TestOperations.Variables());

        (await act.Should().ThrowAsync<GraphQLHttpException>()).Which.StatusCode.Should().Be(HttpStatusCode.ServiceUnavailable);
        _server.Authorizations.Should().HaveCount(3);
    }

    [Fact]
    public async Task A_Mutation_Should_Never_Be_Sent_Again()
    {
        _server.FailNext(1);

        var act = () => Client().ExecuteAsync<IncrementResult>(TestOperations.Increment, TestOperations.Variables());

        (await act.Should().ThrowAsync<GraphQLHttpException>()).Which.StatusCode.Should().Be(HttpStatusCode.ServiceUnavailable);
        _server.Authorizations.Should().HaveCount(1);
        _server.Increments.Should().Be(0);
    }

    [Fact]
    public async Task A_401_Should_Refresh_The_Token_And_Send_The_Mutation_Once_More()
    {
        _server.RequiredToken = "fresh";
        var tokens = new StaticTokenProvider("expired", "fresh");

        var result = await Client(tokens).ExecuteAsync<IncrementResult>(TestOperations.Increment, TestOperations.Variables());

        result.EnsureData().Increment.Should().Be(1);
        tokens.Refreshes.Should().Be(1);
        _server.Authorizations.Should().Equal("Bearer expired", "Bearer fresh");
    }

    [Fact]
    public async Task A_401_That_Cannot_Be_Refreshed_Should_Surface_Its_Code()
    {
        _server.RequiredToken = "fresh";
        var tokens = new StaticTokenProvider("expired", refreshed: null);

        var result = await Client(tokens).ExecuteAsync<HelloResult>(TestOperations.Hello, TestOperations.Variables());

        result.Errors.Should().ContainSingle().Which.Code.Should().Be("AUTH_INVALID_TOKEN");
        result.Invoking(r => r.EnsureData()).Should().Throw<GraphQLResponseException>().Which.Code.Should().Be("AUTH_INVALID_TOKEN");
        _server.Authorizations.Should().Equal("Bearer expired");
    }

    [Fact]
    public async Task Cancelling_Should_Abort_A_Request_In_Flight()
    {
        using var cancellation = new CancellationTokenSource();
        var pending = Client().ExecuteAsync<SlowResult>(TestOperations.Slow, TestOperations.Variables(), cancellation.Token);
        await _server.SlowStarted.Task;

        await cancellation.CancelAsync();

        await pending.Invoking(p => p).Should().ThrowAsync<OperationCanceledException>();
    }

    [Fact]
    public async Task A_Subscription_Should_Yield_Each_Event_Until_Complete()
    {
        var values = new List<int>();
        await foreach (var result in Client().SubscribeAsync<CountdownResult>(TestOperations.Countdown, TestOperations.Variables(("from", 3))))
        {
            values.Add(result.EnsureData().Countdown);
        }

        values.Should().Equal(3, 2, 1, 0);
    }

    [Fact]
    public async Task A_Subscription_The_Server_Rejects_Should_Yield_Its_Errors()
    {
        var results = new List<GraphQLResult<CountdownResult>>();
        await foreach (var result in Client().SubscribeAsync<CountdownResult>(TestOperations.Countdown, TestOperations.Variables()))
        {
            results.Add(result);
        }

        // The required variable $from is missing.
        results.Should().ContainSingle().Which.Errors.Should().ContainSingle().Which.Code.Should().Be("BAD_USER_INPUT");
    }

    [Fact]
    public async Task Leaving_A_Subscription_Early_Should_End_It()
    {
        await foreach (var result in Client().SubscribeAsync<CountdownResult>(TestOperations.Countdown, TestOperations.Variables(("from", 1_000_000))))
        {
            result.EnsureData().Countdown.Should().Be(1_000_000);
            break;
        }

        var after = await Client().ExecuteAsync<HelloResult>(TestOperations.Hello, TestOperations.Variables());
        after.EnsureData().Hello.Should().Be("Hello, world!");
    }

    private GraphQLHttpClient Client(IAccessTokenProvider? tokens = null, int maxRetries = 3) =>
        new(_http, new GraphQLClientOptions
        {
            Endpoint = _server.Endpoint,
            TokenProvider = tokens,
            MaxQueryRetries = maxRetries,
            RetryBaseDelay = TimeSpan.FromMilliseconds(1),
        });
}
