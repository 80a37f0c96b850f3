using System.Net.Http.Json;
using FluentAssertions;
using Graph.AspNetCore.Tests.Support;
using Graph.Execution;
using Graph.Execution.Processing;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace Graph.AspNetCore.Tests.Http;

/// <summary>
/// The transport prepares a document into the executor's cache under its hash and its text, so a repeated request
/// finds it by text (in the transport and in the executor) without hashing the text again.
/// </summary>
public sealed class DocumentCacheTests
{
    [Fact]
    public async Task A_Posted_Document_Should_Be_Cached_Under_Its_Hash_And_Its_Text()
    {
        await using var server = await GraphQLTestServer.StartAsync();
        var executor = (RequestExecutor)server.Services.GetRequiredService<IRequestExecutor>();
        using var client = new HttpClient();
        const string query = "query Cached { __typename }";

        var first = await client.PostAsJsonAsync(server.GraphQLEndpoint, new { query });
        var cachedByText = executor.Cache.TryGetByText(query, out var entry);
        var hitsBefore = executor.Cache.Hits;
        var second = await client.PostAsJsonAsync(server.GraphQLEndpoint, new { query });

        first.EnsureSuccessStatusCode();
        second.EnsureSuccessStatusCode();
        (await second.Content.ReadAsStringAsync()).Should().Be(await first.Content.ReadAsStringAsync());
        cachedByText.Should().BeTrue();
        entry!.Hash.Should().Be(DocumentHash.Compute(query));
        executor.Cache.Count.Should().Be(1);
        (executor.Cache.Hits - hitsBefore).Should().BeGreaterThanOrEqualTo(2, "the transport and the executor each find the text");
    }
}
