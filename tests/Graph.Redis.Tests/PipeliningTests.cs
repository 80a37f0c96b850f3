using FluentAssertions;
using Graph.Testing.Redis;
using Xunit;

namespace Graph.Redis.Tests;

[Collection(RedisCollection.Name)]
public sealed class PipeliningTests(RedisServerFixture redis)
{
    private const int Operations = 10_000;

    [Theory]
    [InlineData(2)]
    [InlineData(3)]
    public async Task Ten_Thousand_Concurrent_Commands_On_One_Connection_Should_Each_Get_Their_Own_Reply(int protocol)
    {
        await using var client = redis.CreateClient(o => o.Protocol = protocol);
        var prefix = $"pipe{protocol}:{Guid.NewGuid():N}:";

        // Issued all at once, without awaiting in between: they share the socket and pipeline.
        var sets = Enumerable.Range(0, Operations).Select(i => client.SetAsync(prefix + i, "value-" + i));
        (await Bounded.WaitAsync(Task.WhenAll(sets), "10,000 SETs")).Should().AllBeEquivalentTo(true);

        var gets = Enumerable.Range(0, Operations).Select(i => client.GetStringAsync(prefix + i)).ToArray();
        var values = await Bounded.WaitAsync(Task.WhenAll(gets), "10,000 GETs");
        values.Should().Equal(Enumerable.Range(0, Operations).Select(i => "value-" + i));

        var increments = Enumerable.Range(0, Operations).Select(_ => client.IncrementAsync(prefix + "counter"));
        var counts = await Bounded.WaitAsync(Task.WhenAll(increments), "10,000 INCRs");
        counts.Should().OnlyHaveUniqueItems().And.HaveCount(Operations);
        counts.Max().Should().Be(Operations);
    }

    [Fact]
    public async Task Callers_On_Many_Threads_Should_Not_Mix_Up_Replies()
    {
        await using var client = redis.CreateClient();
        var prefix = $"threads:{Guid.NewGuid():N}:";

        var workers = Enumerable.Range(0, 8).Select(worker => Task.Run(async () =>
        {
            for (var i = 0; i < 250; i++)
            {
                var key = $"{prefix}{worker}:{i}";
                await client.SetAsync(key, key);
                (await client.GetStringAsync(key)).Should().Be(key);
            }
        }));

        await Bounded.WaitAsync(Task.WhenAll(workers), "8 workers of 250 SET/GET pairs");
    }

    [Fact]
    public async Task Large_Values_Should_Round_Trip_Through_Partial_Reads()
    {
        await using var client = redis.CreateClient();
        var key = $"large:{Guid.NewGuid():N}";
        var value = new byte[3 * 1024 * 1024];
        new Random(42).NextBytes(value);

        await client.SetAsync(key, value);
        var tasks = Enumerable.Range(0, 4).Select(_ => client.GetAsync(key));

        foreach (var read in await Bounded.WaitAsync(Task.WhenAll(tasks), "four 3 MB GETs"))
        {
            read.Should().Equal(value);
        }
    }
}
