using FluentAssertions;
using Graph.Execution.Tests.Support;
using Xunit;

namespace Graph.Execution.Tests.Execution;

/// <summary>Spec 6.3 "Normal Execution" (fields may run in parallel) and 6.3.1 "Serial Execution" (mutations).</summary>
public sealed class ConcurrencyTests
{
    [Fact]
    public async Task Sibling_Query_Resolvers_Should_Run_Concurrently()
    {
        // Each resolver waits until all three have started: this only finishes when they run at the same time.
        var started = 0;
        var allStarted = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        async ValueTask<object?> Resolve(string value)
        {
            if (Interlocked.Increment(ref started) == 3)
            {
                allStarted.SetResult();
            }

            await allStarted.Task.WaitAsync(TimeSpan.FromSeconds(5));
            return value;
        }

        var executor = TestGraph.Executor("type Query { a: String, b: String, c: String }", b => b
            .BindResolver("Query", "a", _ => Resolve("A"))
            .BindResolver("Query", "b", _ => Resolve("B"))
            .BindResolver("Query", "c", _ => Resolve("C")));

        (await executor.RunJsonAsync("{ c a b }")).Should().Be("""{"data":{"c":"C","a":"A","b":"B"}}""");
    }

    [Fact]
    public async Task Mutation_Root_Fields_Should_Run_Serially_In_Order()
    {
        var log = new List<string>();
        var gate = new object();
        async ValueTask<object?> Step(string name, int delay)
        {
            lock (gate)
            {
                log.Add("start " + name);
            }

            await Task.Delay(delay);
            lock (gate)
            {
                log.Add("end " + name);
            }

            return name;
        }

        var executor = TestGraph.Executor("type Query { a: String } type Mutation { first: String, second: String, third: String }", b => b
            .BindResolver("Mutation", "first", _ => Step("first", 30))
            .BindResolver("Mutation", "second", _ => Step("second", 1))
            .BindResolver("Mutation", "third", _ => Step("third", 10)));

        var json = await executor.RunJsonAsync("mutation { third first second }");

        json.Should().Be("""{"data":{"third":"third","first":"first","second":"second"}}""");
        log.Should().Equal("start third", "end third", "start first", "end first", "start second", "end second");
    }

    [Fact]
    public async Task Mutation_Non_Null_Failure_Should_Stop_Later_Fields()
    {
        var ran = false;
        var executor = TestGraph.Executor("type Query { a: String } type Mutation { fail: String!, later: String }", b => b
            .BindResolver("Mutation", "fail", _ => throw new InvalidOperationException("boom"))
            .BindResolver("Mutation", "later", _ =>
            {
                ran = true;
                return new ValueTask<object?>("x");
            }));

        var json = await executor.RunJsonAsync("mutation { fail later }");

        json.Should().Be("""{"data":null,"errors":[{"message":"boom","locations":[{"line":1,"column":12}],"path":["fail"]}]}""");
        ran.Should().BeFalse();
    }
}
