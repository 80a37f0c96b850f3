using FluentAssertions;
using Graph.Redis;
using Xunit;

namespace Graph.Redis.Tests;

public sealed class RedisOptionsTests
{
    [Fact]
    public void Connection_String_Should_Set_Every_Option()
    {
        var options = RedisOptions.Parse("10.0.0.5:6380, user=app ,password=s3cret,database=2,prefix=catalog:,protocol=resp3,name=catalog,connectTimeout=250,commandTimeout=1500,keepAlive=10");

        options.Host.Should().Be("10.0.0.5");
        options.Port.Should().Be(6380);
        options.User.Should().Be("app");
        options.Password.Should().Be("s3cret");
        options.Database.Should().Be(2);
        options.Prefix.Should().Be("catalog:");
        options.Protocol.Should().Be(3);
        options.ClientName.Should().Be("catalog");
        options.ConnectTimeout.Should().Be(TimeSpan.FromMilliseconds(250));
        options.CommandTimeout.Should().Be(TimeSpan.FromMilliseconds(1500));
        options.KeepAlive.Should().Be(TimeSpan.FromSeconds(10));
    }

    [Theory]
    [InlineData("localhost", "localhost", 6379)]
    [InlineData("[::1]:7000", "::1", 7000)]
    [InlineData("redis:6379,defaultDatabase=1", "redis", 6379)]
    public void Endpoint_Should_Default_The_Port_And_Accept_Ipv6(string text, string host, int port)
    {
        var options = RedisOptions.Parse(text);

        options.Host.Should().Be(host);
        options.Port.Should().Be(port);
    }

    [Fact]
    public void Unknown_Option_Should_Be_Rejected() =>
        FluentActions.Invoking(() => RedisOptions.Parse("localhost,colour=blue")).Should().Throw<FormatException>().WithMessage("*colour*");

    [Fact]
    public void ToString_Should_Hide_The_Password() =>
        RedisOptions.Parse("h:1,password=secret").ToString().Should().NotContain("secret");
}
