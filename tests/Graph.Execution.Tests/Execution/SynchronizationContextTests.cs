using FluentAssertions;
using Graph.Execution.DataLoader;
using Graph.Execution.Tests.Support;
using Xunit;

namespace Graph.Execution.Tests.Execution;

/// <summary>
/// Resolvers run without the caller's <see cref="SynchronizationContext"/>: a resolver's <c>await</c> posted to it
/// would resume outside the executor's work, and the batch scheduler would dispatch a DataLoader batch before every
/// key of the execution step was known (the cause of a CI failure: xUnit runs tests under a context of its own).
/// </summary>
public sealed class SynchronizationContextTests
{
    /// <summary>Like a UI thread's context: counts what is posted to it and runs it later on the thread pool.</summary>
    private sealed class CountingContext : SynchronizationContext
    {
        private int _posts;

        public int Posts => Volatile.Read(ref _posts);

        public override void Post(SendOrPostCallback callback, object? state)
        {
            Interlocked.Increment(ref _posts);
            ThreadPool.QueueUserWorkItem(_ =>
            {
                SetSynchronizationContext(this);
                callback(state);
            });
        }
    }

    /// <summary>Starts <paramref name="start"/> on the current thread under <paramref name="context"/>, as a UI event handler would.</summary>
    private static Task<T> StartUnder<T>(SynchronizationContext context, Func<Task<T>> start)
    {
        var callers = SynchronizationContext.Current;
        SynchronizationContext.SetSynchronizationContext(context);
        try
        {
            var started = start();
            SynchronizationContext.Current.Should().BeSameAs(context, "the executor hands the caller's context back");
            return started;
        }
        finally
        {
            SynchronizationContext.SetSynchronizationContext(callers);
        }
    }

    [Fact]
    public async Task Awaiting_Resolvers_Should_Not_Resume_On_The_Callers_Context_And_Each_Level_Should_Stay_One_Batch()
    {
        var batches = new List<int>();

        // A plain await, as application code writes it: it captures whatever context it runs under.
        var executor = BookChain.Executor(async (ctx, id) => await BookChain.Authors(ctx, batches).LoadAsync(id));
        var context = new CountingContext();

        var result = await StartUnder(context, () => executor.ExecuteAsync(new OperationRequest
        {
            Document = BookChain.Query,
        }));

        ((OperationResult)result).ToJson().Should().Contain(BookChain.EighthBook);
        context.Posts.Should().Be(0);
        batches.Should().Equal(7, 7, 7);
    }

    [Fact]
    public async Task An_Awaiting_Subscribe_Resolver_Should_Not_Resume_On_The_Callers_Context()
    {
        static async IAsyncEnumerable<object?> Events()
        {
            await Task.CompletedTask;
            yield return new Dictionary<string, object?> { ["status"] = "PAID" };
        }

        var executor = TestGraph.Executor("type Query { a: String } type Subscription { status: String }", b => b
            .BindSubscribe("Subscription", "status", async _ =>
            {
                await Task.Yield();
                return Events();
            }));
        var context = new CountingContext();

        var result = await StartUnder(context, () => executor.ExecuteAsync(new OperationRequest { Document = "subscription { status }" }));

        var stream = result.Should().BeOfType<ResponseStream>().Subject;
        await using (stream)
        {
            await foreach (var response in stream.ReadResultsAsync())
            {
                response.ToJson().Should().Be("""{"data":{"status":"PAID"}}""");
            }
        }

        context.Posts.Should().Be(0);
    }
}
