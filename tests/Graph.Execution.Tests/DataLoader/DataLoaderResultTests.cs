using FluentAssertions;
using Graph.Execution.DataLoader;
using Graph.Execution.Tests.Support;
using Xunit;

namespace Graph.Execution.Tests.DataLoader;

/// <summary>
/// <see cref="DataLoaderBase{TKey, TValue}.LoadResultAsync"/>: the loader's value handed to the executor as a
/// resolver's result must be exactly what awaiting <c>LoadAsync</c> gives, batched and cached the same way.
/// </summary>
public sealed class DataLoaderResultTests
{
    /// <summary>Dispatches only when the test says so, so that the pending states can be observed.</summary>
    private sealed class ManualScheduler : IBatchScheduler
    {
        private readonly List<IBatchDispatchable> _scheduled = [];

        public void Schedule(IBatchDispatchable batch) => _scheduled.Add(batch);

        public void Enter()
        {
        }

        public void Leave()
        {
        }

        public void DispatchAll()
        {
            var batches = _scheduled.ToArray();
            _scheduled.Clear();
            foreach (var batch in batches)
            {
                batch.Dispatch();
            }
        }
    }

    private static (FuncBatchDataLoader<int, string> Loader, ManualScheduler Scheduler, List<int[]> Batches) Loader(Func<int, string>? value = null)
    {
        var scheduler = new ManualScheduler();
        var batches = new List<int[]>();
        var loader = new FuncBatchDataLoader<int, string>(scheduler, (keys, _) =>
        {
            batches.Add([.. keys]);
            return Task.FromResult<IReadOnlyDictionary<int, string>>(keys.ToDictionary(k => k, value ?? (k => "v" + k)));
        });
        return (loader, scheduler, batches);
    }

    [Fact]
    public async Task Every_Caller_Of_A_Pending_Key_Should_Get_The_Value_Of_One_Batch_Whichever_Way_It_Asked()
    {
        var (loader, scheduler, batches) = Loader();

        var first = loader.LoadResultAsync(1);
        var second = loader.LoadResultAsync(1);
        var typed = loader.LoadAsync(1);
        var other = loader.LoadResultAsync(2);
        first.IsCompleted.Should().BeFalse();
        var awaiting = AwaitAsTask(second);
        scheduler.DispatchAll();

        batches.Should().ContainSingle().Which.Should().Equal(1, 2);
        (await first).Should().Be("v1");
        (await awaiting).Should().Be("v1");
        (await typed).Should().Be("v1");
        (await other).Should().Be("v2");
    }

    [Fact]
    public async Task A_Loaded_Key_Should_Come_From_The_Request_Cache_Completed()
    {
        var (loader, scheduler, batches) = Loader();
        var pending = loader.LoadAsync(3);
        scheduler.DispatchAll();
        await pending;

        var cached = loader.LoadResultAsync(3);

        cached.IsCompletedSuccessfully.Should().BeTrue();
        (await cached).Should().Be("v3");
        batches.Should().ContainSingle();
    }

    [Fact]
    public async Task A_Failing_Batch_Should_Fail_Every_Caller_And_Leave_The_Key_To_Be_Loaded_Again()
    {
        var calls = 0;
        var (loader, scheduler, batches) = Loader(k => ++calls == 1 ? throw new InvalidOperationException("store down") : "v" + k);

        var first = AwaitAsTask(loader.LoadResultAsync(4));
        var second = loader.LoadResultAsync(4);
        var typed = loader.LoadAsync(4);
        scheduler.DispatchAll();

        await FluentActions.Awaiting(() => first).Should().ThrowAsync<InvalidOperationException>().WithMessage("store down");
        await FluentActions.Awaiting(async () => await second).Should().ThrowAsync<InvalidOperationException>();
        await FluentActions.Awaiting(() => typed).Should().ThrowAsync<InvalidOperationException>();

        var again = loader.LoadResultAsync(4);
        scheduler.DispatchAll();
        (await again).Should().Be("v4");
        batches.Should().HaveCount(2);
    }

    [Fact]
    public void Reading_A_Pending_Result_Should_Say_To_Await_It()
    {
        var (loader, _, _) = Loader();

        var pending = loader.LoadResultAsync(5);

        // Reading a pending result synchronously is the misuse under test, not a blocking wait: it must throw at once.
#pragma warning disable xUnit1031
        FluentActions.Invoking(() => pending.Result).Should().Throw<InvalidOperationException>().WithMessage("*await*");
#pragma warning restore xUnit1031
    }

    [Fact]
    public async Task Without_Caching_Each_Call_Should_Be_A_Key_Of_The_Batch()
    {
        var scheduler = new ManualScheduler();
        var batches = new List<int>();
        var loader = new FuncBatchDataLoader<int, string>(
            scheduler,
            (keys, _) =>
            {
                batches.Add(keys.Count);
                return Task.FromResult<IReadOnlyDictionary<int, string>>(keys.Distinct().ToDictionary(k => k, k => "v" + k));
            },
            new DataLoaderOptions { Caching = false });

        var first = loader.LoadResultAsync(6);
        var second = loader.LoadResultAsync(6);
        scheduler.DispatchAll();

        (await first).Should().Be("v6");
        (await second).Should().Be("v6");
        batches.Should().Equal(2);
    }

    [Fact]
    public async Task A_Resolver_Returning_The_Result_Should_Produce_The_Same_Response_With_One_Batch_Per_Level()
    {
        var batches = new List<int>();
        RequestExecutor Executor(bool asResult) => BookChain.Executor((ctx, id) => asResult
            ? BookChain.Authors(ctx, batches).LoadResultAsync(id)
            : AwaitTyped(BookChain.Authors(ctx, batches).LoadAsync(id)));

        var awaited = (await Executor(asResult: false).RunAsync(BookChain.Query)).ToJson();
        var awaitedBatches = batches.ToArray();
        batches.Clear();

        var returned = (await Executor(asResult: true).RunAsync(BookChain.Query)).ToJson();

        returned.Should().Be(awaited);
        returned.Should().Contain(BookChain.EighthBook);
        batches.Should().Equal(awaitedBatches).And.Equal(7, 7, 7);
    }

    private static async ValueTask<object?> AwaitTyped<T>(Task<T> task) => await task;

    private static async Task<object?> AwaitAsTask(ValueTask<object?> pending) => await pending;
}
