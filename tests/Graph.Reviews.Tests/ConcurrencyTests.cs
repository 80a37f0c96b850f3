using FluentAssertions;
using Graph.Reviews.Tests.Support;
using Xunit;

namespace Graph.Reviews.Tests;

/// <summary>Concurrent writes: one review per user and product under a race, and no helpful vote lost.</summary>
[Collection(ReviewsCollection.Name)]
public sealed class ConcurrencyTests(ReviewsFixture system)
{
    [Fact]
    public async Task Concurrent_Add_Review_Of_One_User_And_Product_Should_Write_One_Review_And_Answer_Review_Exists_To_The_Others()
    {
        var product = Guid.NewGuid();
        var (_, token) = system.NewCustomer();

        var responses = await Task.WhenAll(Enumerable.Range(0, 4).Select(i =>
            system.Reviews.PostAsync(ReviewsApi.AddReview, new { input = new { productId = product, rating = 1 + i, title = $"Take {i}", body = "" } }, token)));

        try
        {
            var written = responses.Where(r => r.Get("addReview", "errors").GetArrayLength() == 0).ToList();
            written.Should().ContainSingle();
            var id = written[0].Get("addReview", "review", "id").GetGuid();
            responses.Except(written).Should().AllSatisfy(r =>
            {
                r.PayloadCodes("addReview").Should().Equal("REVIEW_EXISTS");
                r.Get("addReview", "errors")[0].GetProperty("reviewId").GetGuid().Should().Be(id);
            });
            (await system.Reviews.SummaryAsync(product)).Count.Should().Be(1);
        }
        finally
        {
            foreach (var response in responses)
            {
                response.Dispose();
            }
        }
    }

    [Fact]
    public async Task Concurrent_Helpful_Votes_Of_Different_Users_Should_All_Count()
    {
        var (_, author) = system.NewCustomer();
        var id = await system.Reviews.AddAsync(author, Guid.NewGuid(), 5);

        var responses = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ =>
            system.Reviews.PostAsync(ReviewsApi.MarkHelpful, new { input = new { reviewId = id } }, system.NewCustomer().Token)));
        foreach (var response in responses)
        {
            response.Get("markHelpful", "errors").GetArrayLength().Should().Be(0, response.Body);
            response.Dispose();
        }

        using var read = await system.Reviews.PostAsync(ReviewsApi.ReviewById, new { id });
        read.Get("reviewById", "helpfulCount").GetInt32().Should().Be(8);
        (await system.RowsAsync("SELECT count(*) FROM helpful_votes WHERE review_id = @p0", id)).Should().Equal("8");
    }
}
