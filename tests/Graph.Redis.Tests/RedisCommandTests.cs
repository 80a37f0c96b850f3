using System.Text;
using FluentAssertions;
using Graph.Testing.Redis;
using Xunit;

namespace Graph.Redis.Tests;

[Collection(RedisCollection.Name)]
public sealed class RedisCommandResp2Tests(RedisServerFixture redis) : RedisCommandTests(redis, protocol: 2);

[Collection(RedisCollection.Name)]
public sealed class RedisCommandResp3Tests(RedisServerFixture redis) : RedisCommandTests(redis, protocol: 3);

/// <summary>Every command against a real server, once per protocol version.</summary>
public abstract class RedisCommandTests(RedisServerFixture redis, int protocol) : IAsyncLifetime
{
    private readonly RedisClient _client = redis.CreateClient(o => o.Protocol = protocol);
    private readonly string _k = $"p{protocol}:{Guid.NewGuid():N}:";

    public Task InitializeAsync() => _client.ConnectAsync();

    public async Task DisposeAsync() => await _client.DisposeAsync();

    [Fact]
    public async Task Ping_Should_Answer() =>
        (await _client.PingAsync()).Should().BeGreaterThan(TimeSpan.Zero);

    [Fact]
    public async Task Set_Then_Get_Should_Return_The_Same_Bytes()
    {
        byte[] value = [0, 1, 2, 13, 10, 255];

        (await _client.SetAsync(_k + "bytes", value)).Should().BeTrue();

        (await _client.GetAsync(_k + "bytes")).Should().Equal(value);
    }

    [Fact]
    public async Task Get_Of_Missing_Key_Should_Be_Null() =>
        (await _client.GetStringAsync(_k + "missing")).Should().BeNull();

    [Fact]
    public async Task Set_With_Whole_Seconds_Should_Expire_With_Ex()
    {
        await _client.SetAsync(_k + "ex", "v", TimeSpan.FromSeconds(30));

        var ttl = await _client.TimeToLiveAsync(_k + "ex");

        ttl.Should().NotBeNull();
        ttl!.Value.Should().BeGreaterThan(TimeSpan.FromSeconds(20)).And.BeLessThanOrEqualTo(TimeSpan.FromSeconds(30));
    }

    [Fact]
    public async Task Set_With_Milliseconds_Should_Expire_With_Px()
    {
        await _client.SetAsync(_k + "px", "v", TimeSpan.FromMilliseconds(60_500));

        var ttl = await _client.TimeToLiveAsync(_k + "px");

        ttl!.Value.Should().BeGreaterThan(TimeSpan.FromSeconds(50)).And.BeLessThanOrEqualTo(TimeSpan.FromMilliseconds(60_500));
    }

    [Fact]
    public async Task Set_If_Not_Exists_Should_Only_Write_The_First_Time()
    {
        (await _client.SetAsync(_k + "nx", "first", condition: SetCondition.IfNotExists)).Should().BeTrue();
        (await _client.SetAsync(_k + "nx", "second", TimeSpan.FromSeconds(10), SetCondition.IfNotExists)).Should().BeFalse();

        (await _client.GetStringAsync(_k + "nx")).Should().Be("first");
    }

    [Fact]
    public async Task Set_If_Exists_Should_Only_Overwrite()
    {
        (await _client.SetAsync(_k + "xx", "v", condition: SetCondition.IfExists)).Should().BeFalse();
        (await _client.GetStringAsync(_k + "xx")).Should().BeNull();

        await _client.SetAsync(_k + "xx", "v1");
        (await _client.SetAsync(_k + "xx", "v2", condition: SetCondition.IfExists)).Should().BeTrue();
        (await _client.GetStringAsync(_k + "xx")).Should().Be("v2");
    }

    [Fact]
    public async Task MGet_Should_Return_Values_In_Key_Order_With_Nulls_For_Missing()
    {
        await _client.SetAsync(_k + "m1", "one");
        await _client.SetAsync(_k + "m3", "three");

        var values = await _client.GetManyAsync([_k + "m1", _k + "m2", _k + "m3"]);

        values.Select(v => v is null ? null : Encoding.UTF8.GetString(v)).Should().Equal("one", null, "three");
    }

    [Fact]
    public async Task Del_Should_Count_Only_Existing_Keys()
    {
        await _client.SetAsync(_k + "d1", "x");
        await _client.SetAsync(_k + "d2", "x");

        (await _client.DeleteAsync([_k + "d1", _k + "d2", _k + "d3"])).Should().Be(2);
        (await _client.DeleteAsync(_k + "d1")).Should().BeFalse();
        (await _client.GetAsync(_k + "d2")).Should().BeNull();
    }

    [Fact]
    public async Task Expire_Should_Set_A_Ttl_On_Existing_Keys_Only()
    {
        await _client.SetAsync(_k + "e", "x");

        (await _client.ExpireAsync(_k + "e", TimeSpan.FromSeconds(100))).Should().BeTrue();
        (await _client.ExpireAsync(_k + "missing", TimeSpan.FromSeconds(100))).Should().BeFalse();
        (await _client.TimeToLiveAsync(_k + "e")).Should().BeGreaterThan(TimeSpan.FromSeconds(90));
    }

    [Fact]
    public async Task Expired_Key_Should_Disappear()
    {
        await _client.SetAsync(_k + "short", "x", TimeSpan.FromMilliseconds(20));

        await Bounded.RetryAsync(() => _client.GetAsync(_k + "short"), v => v is null, "the key to expire");
    }

    [Fact]
    public async Task Incr_Should_Count_From_Zero()
    {
        (await _client.IncrementAsync(_k + "n")).Should().Be(1);
        (await _client.IncrementAsync(_k + "n")).Should().Be(2);
        (await _client.IncrementAsync(_k + "n", by: 40)).Should().Be(42);
    }

    [Fact]
    public async Task Server_Error_Should_Surface_As_Typed_Exception_With_Server_Message()
    {
        await _client.SetAsync(_k + "text", "abc");

        var act = () => _client.IncrementAsync(_k + "text");

        var error = (await act.Should().ThrowAsync<RedisServerException>()).Which;
        error.Message.Should().Contain("not an integer");
        error.Kind.Should().Be("ERR");
    }

    [Fact]
    public async Task Unknown_Command_Should_Fail_And_Leave_The_Connection_Usable()
    {
        var act = async () => await _client.ExecuteAsync(["NOSUCHCOMMAND", "x"]);

        (await act.Should().ThrowAsync<RedisServerException>()).Which.Message.Should().Contain("unknown command");
        (await _client.IncrementAsync(_k + "after")).Should().Be(1);
    }

    [Fact]
    public async Task Publish_Without_Subscribers_Should_Reach_No_One() =>
        (await _client.PublishAsync(_k + "nobody", "hello")).Should().Be(0);

    [Fact]
    public async Task Script_Should_Run_By_Digest_And_Fall_Back_To_Eval_After_Flush()
    {
        var script = new RedisScript("return redis.call('INCRBY', KEYS[1], ARGV[1])");
        await _client.ExecuteAsync(["SCRIPT", "FLUSH"]);

        (await _client.EvaluateAsync(script, [_k + "s"], [5L])).AsInt64().Should().Be(5);
        (await _client.ScriptLoadAsync(script)).Should().Be(script.Sha1);
        (await _client.EvaluateAsync(script, [_k + "s"], [5L])).AsInt64().Should().Be(10);
        var exists = await _client.ExecuteAsync(["SCRIPT", "EXISTS", script.Sha1]);
        exists.Items[0].AsInt64().Should().Be(1);
    }

    [Fact]
    public async Task Script_Error_Should_Surface_As_Server_Exception()
    {
        var act = () => _client.EvaluateAsync(new RedisScript("return redis.error_reply('BOOM from lua')"));

        (await act.Should().ThrowAsync<RedisServerException>()).Which.Message.Should().Contain("BOOM from lua");
    }

    [Fact]
    public async Task Prefix_Should_Isolate_Clients_Sharing_A_Server()
    {
        await using var other = redis.CreateClient(o => o.Prefix = "other:" + _k);
        await using var raw = redis.CreateClient(o => o.Prefix = string.Empty);

        await _client.SetAsync("shared", "mine");

        (await other.GetStringAsync("shared")).Should().BeNull();
        (await raw.GetStringAsync(redis.Prefix + "shared")).Should().Be("mine");
        await _client.DeleteAsync("shared");
    }

    [Fact]
    public async Task Select_Should_Use_The_Configured_Database()
    {
        await using var db5 = redis.CreateClient(o => { o.Database = 5; o.Protocol = protocol; });

        await db5.SetAsync(_k + "db", "five");

        (await db5.GetStringAsync(_k + "db")).Should().Be("five");
        (await _client.GetStringAsync(_k + "db")).Should().BeNull();
        (await db5.ExecuteAsync(["CLIENT", "INFO"])).AsString().Should().Contain("db=5");
        await db5.DeleteAsync(_k + "db");
    }

    [Fact]
    public async Task Canceled_Token_Should_Fail_Before_Sending()
    {
        using var canceled = new CancellationTokenSource();
        await canceled.CancelAsync();

        var act = () => _client.GetAsync(_k + "c", canceled.Token);

        await act.Should().ThrowAsync<OperationCanceledException>();
    }

    [Fact]
    public async Task Cancellation_Should_Release_A_Waiting_Caller_And_Keep_The_Connection()
    {
        await using var blocking = redis.CreateClient(o => o.Protocol = protocol);
        using var cancel = new CancellationTokenSource();

        // BLPOP holds the reply for up to 2 s, so only cancellation can end the wait earlier.
        var wait = blocking.ExecuteAsync(["BLPOP", redis.Prefix + _k + "empty-list", 2], cancel.Token).AsTask();
        await cancel.CancelAsync();

        var act = () => wait;
        await Bounded.WaitAsync(act.Should().ThrowAsync<OperationCanceledException>(), "the canceled BLPOP to return");
        (await Bounded.WaitAsync(blocking.IncrementAsync(_k + "after-cancel"), "INCR after the canceled BLPOP")).Should().Be(1);
    }

    [Fact]
    public async Task Command_Timeout_Should_Fail_Clearly_And_Keep_The_Connection()
    {
        await using var impatient = redis.CreateClient(o => { o.Protocol = protocol; o.CommandTimeout = TimeSpan.FromMilliseconds(200); });
        await impatient.ConnectAsync();

        var act = async () => await impatient.ExecuteAsync(["BLPOP", redis.Prefix + _k + "never", 1]);

        (await act.Should().ThrowAsync<RedisTimeoutException>()).Which.Message.Should().Contain("BLPOP");
        (await Bounded.RetryAsync(() => impatient.IncrementAsync(_k + "after-timeout"), _ => true, "INCR after the timeout")).Should().BeGreaterThan(0);
    }
}
