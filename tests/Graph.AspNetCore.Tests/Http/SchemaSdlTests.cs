using FluentAssertions;
using Graph.AspNetCore.Tests.Support;
using Graph.Execution;
using Graph.Types;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace Graph.AspNetCore.Tests.Http;

public sealed class SchemaSdlTests(HttpServerFixture fixture) : IClassFixture<HttpServerFixture>
{
    [Theory]
    [InlineData("graphql/schema.graphql")]
    [InlineData("graphql?sdl")]
    [InlineData("graphql/?sdl")]
    public async Task The_Sdl_Should_Be_Served_As_Cacheable_Utf8_Text(string target)
    {
        var expected = SchemaPrinter.Print(fixture.Server.Services.GetRequiredService<IRequestExecutor>().Schema) + "\n";

        using var response = await fixture.Client.GetAsync(target);

        ((int)response.StatusCode).Should().Be(200);
        response.Content.Headers.ContentType!.ToString().Should().Be("text/plain; charset=utf-8");
        (await response.Content.ReadAsStringAsync()).Should().Be(expected).And.Contain("type Product");
        response.Headers.ETag.Should().NotBeNull();
        response.Headers.CacheControl!.Public.Should().BeTrue();
        response.Headers.CacheControl.MaxAge.Should().BePositive();
    }

    [Fact]
    public async Task A_Matching_If_None_Match_Should_Be_304()
    {
        using var first = await fixture.Client.GetAsync("graphql/schema.graphql");
        using var again = new HttpRequestMessage(HttpMethod.Get, "graphql/schema.graphql");
        again.Headers.IfNoneMatch.Add(first.Headers.ETag!);

        using var response = await fixture.Client.SendAsync(again);

        ((int)response.StatusCode).Should().Be(304);
        (await response.Content.ReadAsByteArrayAsync()).Should().BeEmpty();
    }

    [Fact]
    public async Task Other_Files_Under_The_Path_Should_Not_Be_The_Sdl()
    {
        using var response = await fixture.Client.GetAsync("graphql/schema.json");

        ((int)response.StatusCode).Should().Be(404);
    }
}
