using System.Diagnostics;
using FluentAssertions;
using Graph.Users.Tests.Support;
using Xunit;

namespace Graph.Users.Tests.Caching;

[Collection(UsersServiceCollection.Name)]
public sealed class UserCacheEvictionTests(UsersServiceFixture service)
{
    private const string ById = "query($id: ID!) { userById(id: $id) { displayName } }";

    [Fact]
    public async Task A_Profile_Change_Should_Reach_The_Cached_Lookup_Through_The_Kafka_Eviction()
    {
        var session = await service.Host.SignUpAsync(displayName: "Before Change");
        using (var warm = await service.Host.PostAsync(ById, new { id = session.UserId }))
        {
            warm.Get("userById", "displayName").GetString().Should().Be("Before Change");
        }

        // The database changes behind the cache's back: only an eviction makes the lookup read it again.
        await using (var db = service.CreateDb())
        {
            var account = await db.Users.FindAsync(session.UserId);
            account!.DisplayName = "Changed Directly";
            await db.SaveChangesAsync();
        }

        using (var stillCached = await service.Host.PostAsync(ById, new { id = session.UserId }))
        {
            stillCached.Get("userById", "displayName").GetString().Should().Be("Before Change");
        }

        using var update = await service.Host.PostAsync(
            "mutation { updateProfile(input: { displayName: \"After Change\" }) { user { displayName } errors { __typename } } }",
            accessToken: session.AccessToken);
        update.Get("updateProfile", "user", "displayName").GetString().Should().Be("After Change");

        var seen = await PollDisplayNameAsync(session.UserId, "After Change", TimeSpan.FromSeconds(15));

        seen.Should().Be("After Change");
    }

    /// <summary>Reads the lookup until it shows <paramref name="expected"/> or the deadline passes; returns the last value.</summary>
    private async Task<string?> PollDisplayNameAsync(Guid id, string expected, TimeSpan deadline)
    {
        var clock = Stopwatch.StartNew();
        string? last;
        do
        {
            using var response = await service.Host.PostAsync(ById, new { id });
            last = response.Get("userById", "displayName").GetString();
            if (last == expected)
            {
                break;
            }

            await Task.Yield();
        }
        while (clock.Elapsed < deadline);

        return last;
    }
}
