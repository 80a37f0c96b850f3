using System.Text.Json;
using FluentAssertions;
using Graph.Reviews.Tests.Support;
using Xunit;

namespace Graph.Reviews.Tests;

/// <summary>Keyset pages of <c>Product.reviews</c> in its four orderings and of <c>User.reviews</c>: every review once, in order.</summary>
[Collection(ReviewsCollection.Name)]
public sealed class PagingTests(ReviewsFixture system) : IAsyncLifetime
{
    private static readonly int[] Ratings = [3, 5, 1, 4, 5, 2, 3];
    private static readonly int[] HelpfulVotes = [0, 2, 1, 3, 0, 0, 1];

    private readonly Guid _product = Guid.NewGuid();
    private readonly List<Guid> _reviews = [];

    public async Task InitializeAsync()
    {
        for (var i = 0; i < Ratings.Length; i++)
        {
            var (_, token) = system.NewCustomer();
            _reviews.Add(await system.Reviews.AddAsync(token, _product, Ratings[i], $"Review {i}"));
        }

        for (var i = 0; i < HelpfulVotes.Length; i++)
        {
            for (var v = 0; v < HelpfulVotes[i]; v++)
            {
                var (_, voter) = system.NewCustomer();
                using var vote = await system.Reviews.PostAsync(ReviewsApi.MarkHelpful, new { input = new { reviewId = _reviews[i] } }, voter);
                vote.Get("markHelpful", "errors").GetArrayLength().Should().Be(0, vote.Body);
            }
        }
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Theory]
    [InlineData("NEWEST")]
    [InlineData("HIGHEST")]
    [InlineData("LOWEST")]
    [InlineData("MOST_HELPFUL")]
    public async Task Pages_Of_Three_Should_Return_Every_Review_Once_In_The_Ordering(string order)
    {
        var seen = new List<Node>();
        string? after = null;
        var pages = 0;
        while (true)
        {
            using var response = await system.Reviews.PostAsync(ReviewsApi.ProductReviews, new { id = _product, first = 3, after, order });
            response.Errors.Should().BeEmpty(response.Body);
            var connection = response.Get("productById", "reviews");
            var pageInfo = connection.GetProperty("pageInfo");
            pageInfo.GetProperty("hasPreviousPage").GetBoolean().Should().Be(after is not null);
            seen.AddRange(connection.GetProperty("edges").EnumerateArray().Select(e => Node.Read(e.GetProperty("node"))));
            pages++;
            if (!pageInfo.GetProperty("hasNextPage").GetBoolean())
            {
                break;
            }

            after = pageInfo.GetProperty("endCursor").GetString();
        }

        pages.Should().Be(3);
        seen.Select(n => n.Id).Should().BeEquivalentTo(_reviews).And.OnlyHaveUniqueItems();
        var newestFirst = seen.OrderByDescending(n => n.CreatedAt).ToList();
        var expected = order switch
        {
            "HIGHEST" => seen.OrderByDescending(n => n.Rating).ThenByDescending(n => n.CreatedAt),
            "LOWEST" => seen.OrderBy(n => n.Rating).ThenByDescending(n => n.CreatedAt),
            "MOST_HELPFUL" => seen.OrderByDescending(n => n.HelpfulCount).ThenByDescending(n => n.CreatedAt),
            _ => newestFirst.AsEnumerable(),
        };
        seen.Select(n => n.Id).Should().Equal(expected.Select(n => n.Id));
        seen.Select(n => n.HelpfulCount).Sum().Should().Be(HelpfulVotes.Sum());
    }

    [Fact]
    public async Task A_Cursor_Of_Another_Ordering_Should_Be_Refused_As_Invalid()
    {
        using var first = await system.Reviews.PostAsync(ReviewsApi.ProductReviews, new { id = _product, first = 2, order = "NEWEST" });
        var cursor = first.Get("productById", "reviews", "pageInfo", "endCursor").GetString();

        using var response = await system.Reviews.PostAsync(ReviewsApi.ProductReviews, new { id = _product, first = 2, after = cursor, order = "HIGHEST" });

        response.ErrorCodes.Should().Equal("PAGING_INVALID_CURSOR");
    }

    [Fact]
    public async Task A_Page_Larger_Than_Fifty_Should_Be_Refused()
    {
        using var response = await system.Reviews.PostAsync(ReviewsApi.ProductReviews, new { id = _product, first = 51, order = "NEWEST" });

        response.ErrorCodes.Should().Equal("PAGING_PAGE_SIZE_EXCEEDED");
    }

    [Fact]
    public async Task Two_Products_In_One_Request_Should_Each_Get_Their_Own_Reviews()
    {
        var other = Guid.NewGuid();
        var (_, token) = system.NewCustomer();
        var otherReview = await system.Reviews.AddAsync(token, other, 2);

        using var response = await system.Reviews.PostAsync(
            """
            query($a: ID!, $b: ID!) {
              a: productById(id: $a) { reviews(first: 10) { nodes { id } } ratingSummary { count } }
              b: productById(id: $b) { reviews(first: 10) { nodes { id } } ratingSummary { count } }
            }
            """,
            new { a = _product, b = other });

        response.Errors.Should().BeEmpty(response.Body);
        Ids(response.Get("a", "reviews", "nodes")).Should().BeEquivalentTo(_reviews);
        Ids(response.Get("b", "reviews", "nodes")).Should().Equal(otherReview);
        response.Get("a", "ratingSummary", "count").GetInt32().Should().Be(Ratings.Length);
        response.Get("b", "ratingSummary", "count").GetInt32().Should().Be(1);
    }

    [Fact]
    public async Task User_Reviews_Should_Page_An_Authors_Reviews_Newest_First()
    {
        var (author, token) = system.NewCustomer();
        var written = new List<Guid>();
        for (var i = 0; i < 3; i++)
        {
            written.Add(await system.Reviews.AddAsync(token, Guid.NewGuid(), 4));
        }

        const string query = """
            query($id: ID!, $after: String) {
              userById(id: $id) { reviews(first: 2, after: $after) { nodes { id author { id } } pageInfo { hasNextPage endCursor } } }
            }
            """;
        using var page1 = await system.Reviews.PostAsync(query, new { id = author });
        var cursor = page1.Get("userById", "reviews", "pageInfo", "endCursor").GetString();
        using var page2 = await system.Reviews.PostAsync(query, new { id = author, after = cursor });

        page1.Get("userById", "reviews", "pageInfo", "hasNextPage").GetBoolean().Should().BeTrue();
        page2.Get("userById", "reviews", "pageInfo", "hasNextPage").GetBoolean().Should().BeFalse();
        Ids(page1.Get("userById", "reviews", "nodes")).Concat(Ids(page2.Get("userById", "reviews", "nodes")))
            .Should().Equal(Enumerable.Reverse(written));
    }

    private static IEnumerable<Guid> Ids(JsonElement nodes) => nodes.EnumerateArray().Select(n => n.GetProperty("id").GetGuid()).ToList();

    private sealed record Node(Guid Id, int Rating, int HelpfulCount, DateTimeOffset CreatedAt)
    {
        public static Node Read(JsonElement node) => new(
            node.GetProperty("id").GetGuid(),
            node.GetProperty("rating").GetInt32(),
            node.GetProperty("helpfulCount").GetInt32(),
            node.GetProperty("createdAt").GetDateTimeOffset());
    }
}
