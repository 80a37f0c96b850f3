using System.Text.Json;
using FluentAssertions;
using Graph.Reviews.Tests.Support;
using Graph.Testing.Polling;
using Xunit;

namespace Graph.Reviews.Tests;

/// <summary><c>user.deleted</c> (docs/events.md): the account's reviews, helpful votes and purchases are erased here.</summary>
[Collection(ReviewsCollection.Name)]
public sealed class UserDeletedTests(ReviewsFixture system)
{
    [Fact]
    public async Task A_Deleted_Users_Reviews_And_Votes_Should_Be_Erased_And_The_Cached_Summary_Evicted_Through_Review_Changed()
    {
        var product = Guid.NewGuid();
        var (leaving, leavingToken) = system.NewCustomer();
        var (_, staying) = system.NewCustomer();
        var leavingReview = await system.Reviews.AddAsync(leavingToken, product, 1);
        var stayingReview = await system.Reviews.AddAsync(staying, product, 5);
        using (var vote = await system.Reviews.PostAsync(ReviewsApi.MarkHelpful, new { input = new { reviewId = stayingReview } }, leavingToken))
        {
            vote.Get("markHelpful", "review", "helpfulCount").GetInt32().Should().Be(1, vote.Body);
        }

        (await system.Reviews.SummaryAsync(product)).Count.Should().Be(2);

        await system.ProduceAsync("user.deleted", "user.deleted.v1", leaving, new { userId = leaving });

        // No direct eviction runs on this path: the summary changes only when the review.changed consumer evicts it.
        await Eventually.UntilAsync(() => system.Reviews.SummaryAsync(product), s => s.Count == 1, "the summary without the deleted user's review");
        using var read = await system.Reviews.PostAsync(ReviewsApi.ReviewById, new { id = leavingReview });
        read.Get("reviewById").ValueKind.Should().Be(JsonValueKind.Null);
        using var list = await system.Reviews.PostAsync(ReviewsApi.ProductReviews, new { id = product, first = 10, order = "NEWEST" });
        var nodes = list.Get("productById", "reviews", "edges").EnumerateArray().Select(e => e.GetProperty("node")).ToList();
        nodes.Should().ContainSingle();
        nodes[0].GetProperty("id").GetGuid().Should().Be(stayingReview);
        nodes[0].GetProperty("helpfulCount").GetInt32().Should().Be(0);
        (await system.RowsAsync("SELECT count(*) FROM helpful_votes WHERE user_id = @p0", leaving)).Should().Equal("0");
    }
}
