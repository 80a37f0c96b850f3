using System.Collections.Concurrent;
using FluentAssertions;
using Graph.AspNetCore.Tests.Support;
using Graph.Execution.DataLoader;
using Graph.Types.Resolvers;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace Graph.AspNetCore.Tests.Http;

/// <summary>
/// The sets of a variable batch share the request's scope, so a DataLoader sees the keys of every set in one batch:
/// the gateway's many entity lookups become one database query in the subgraph (docs/fusion.md "Variable batching").
/// </summary>
public sealed class VariableBatchDataLoaderTests
{
    private const string Sdl = """
        extend type Query {
          "The square of n, loaded through a DataLoader that records its batches."
          square(n: Int!): Int
        }
        """;

    [Fact]
    public async Task A_DataLoader_Should_Load_The_Keys_Of_All_Variable_Sets_In_One_Batch()
    {
        var batches = new ConcurrentQueue<int[]>();
        await using var server = await GraphQLTestServer.StartAsync(
            graphql => graphql.ConfigureSchema(schema => schema.AddSdl(Sdl)
                .BindResolver("Query", "square", async c => (object?)await c.DataLoader<SquareLoader>().LoadAsync(c.ArgumentValue<int>("n"), c.RequestAborted))),
            services => services.AddSingleton(batches).AddDataLoader<SquareLoader>());
        using var client = new HttpClient { BaseAddress = server.Address };
        using var request = HttpRequests.PostJson("""
            {"query":"query($n: Int!) { square(n: $n) }","variables":[{"n":2},{"n":3},{"n":4},{"n":5},{"n":3}]}
            """, "application/jsonl");

        using var response = await client.SendAsync(request);
        var lines = VariableBatchingTests.ByIndex(await VariableBatchingTests.ReadLinesAsync(response));

        ((int)response.StatusCode).Should().Be(200);
        Enumerable.Range(0, 5).Select(i => lines[i].GetProperty("data").GetProperty("square").GetInt32()).Should().Equal(4, 9, 16, 25, 9);
        batches.Should().ContainSingle().Which.Should().BeEquivalentTo([2, 3, 4, 5]);
    }

    [Fact]
    public async Task Separate_Requests_Should_Each_Have_Their_Own_Batch()
    {
        var batches = new ConcurrentQueue<int[]>();
        await using var server = await GraphQLTestServer.StartAsync(
            graphql => graphql.ConfigureSchema(schema => schema.AddSdl(Sdl)
                .BindResolver("Query", "square", async c => (object?)await c.DataLoader<SquareLoader>().LoadAsync(c.ArgumentValue<int>("n"), c.RequestAborted))),
            services => services.AddSingleton(batches).AddDataLoader<SquareLoader>());
        using var client = new HttpClient { BaseAddress = server.Address };

        foreach (var n in new[] { 6, 7 })
        {
            using var request = HttpRequests.PostJson($$"""{"query":"query($n: Int!) { square(n: $n) }","variables":[{"n":{{n}}}]}""", "application/jsonl");
            using var response = await client.SendAsync(request);
            ((int)response.StatusCode).Should().Be(200);
        }

        batches.Select(b => b.Single()).Should().Equal(6, 7);
    }

    /// <summary>Squares its keys and records each batch it was asked for.</summary>
    private sealed class SquareLoader(IBatchScheduler scheduler, ConcurrentQueue<int[]> batches) : BatchDataLoader<int, int>(scheduler)
    {
        protected override Task<IReadOnlyDictionary<int, int>> LoadBatchAsync(IReadOnlyList<int> keys, CancellationToken cancellationToken)
        {
            batches.Enqueue([.. keys]);
            return Task.FromResult<IReadOnlyDictionary<int, int>>(keys.Distinct().ToDictionary(k => k, k => k * k));
        }
    }
}
