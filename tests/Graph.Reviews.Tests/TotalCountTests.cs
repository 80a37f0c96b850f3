using System.Text.Json;
using FluentAssertions;
using Graph.Reviews.DataLoaders;
using Graph.Reviews.Tests.Support;
using Graph.Testing.Postgres;
using Xunit;

namespace Graph.Reviews.Tests;

/// <summary>
/// <c>totalCount</c> of <c>Product.reviews</c> and <c>User.reviews</c>: the number of reviews of the whole list the caller
/// may read, whatever the page, counted for all owners of a batch in one grouped query, and not at all when the request
/// does not select it.
/// </summary>
[Collection(ReviewsCollection.Name)]
public sealed class TotalCountTests(ReviewsFixture system)
{
    private static readonly string ProductTotalsSql = ReviewTotalsSql.Build("product_id", [], includeHidden: false).Sql;

    [Fact]
    public async Task Product_Reviews_Total_Count_Should_Count_The_Whole_List_While_The_Page_Is_Smaller()
    {
        var product = Guid.NewGuid();
        await AddReviewsAsync(product, 3);
        const string query = """
            query($id: ID!, $after: String) {
              productById(id: $id) { reviews(first: 2, after: $after) { totalCount nodes { id } pageInfo { endCursor } } }
            }
            """;

        using var page1 = await system.Reviews.PostAsync(query, new { id = product });
        var cursor = page1.Get("productById", "reviews", "pageInfo", "endCursor").GetString();
        using var page2 = await system.Reviews.PostAsync(query, new { id = product, after = cursor });

        page1.Errors.Should().BeEmpty(page1.Body);
        page1.Get("productById", "reviews", "nodes").GetArrayLength().Should().Be(2);
        page1.Get("productById", "reviews", "totalCount").GetInt32().Should().Be(3);
        page2.Get("productById", "reviews", "nodes").GetArrayLength().Should().Be(1);
        page2.Get("productById", "reviews", "totalCount").GetInt32().Should().Be(3, "the total ignores the cursor");
    }

    [Fact]
    public async Task Products_Of_One_Request_Should_Get_Their_Own_Totals_From_One_Grouped_Count()
    {
        var (three, one, none) = (Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid());
        await AddReviewsAsync(three, 3);
        await AddReviewsAsync(one, 1);

        using var recorder = new SqlStatementRecorder(system.DatabaseConnectionString);
        using var response = await system.Reviews.PostAsync(
            """
            query($a: ID!, $b: ID!, $c: ID!) {
              a: productById(id: $a) { reviews(first: 1) { totalCount nodes { id } } }
              b: productById(id: $b) { reviews(first: 1) { totalCount nodes { id } } }
              c: productById(id: $c) { reviews(first: 1) { totalCount nodes { id } } }
            }
            """,
            new { a = three, b = one, c = none });

        response.Errors.Should().BeEmpty(response.Body);
        response.Get("a", "reviews", "totalCount").GetInt32().Should().Be(3);
        response.Get("a", "reviews", "nodes").GetArrayLength().Should().Be(1);
        response.Get("b", "reviews", "totalCount").GetInt32().Should().Be(1);
        response.Get("c", "reviews", "totalCount").GetInt32().Should().Be(0, "a product nobody reviewed has no row in the grouped count");
        response.Get("c", "reviews", "nodes").GetArrayLength().Should().Be(0);
        recorder.Statements.Where(sql => sql == ProductTotalsSql).Should().ContainSingle("the three owners are one batch");
    }

    [Fact]
    public async Task A_Page_Without_Total_Count_Should_Run_No_Count_Query()
    {
        var product = Guid.NewGuid();
        await AddReviewsAsync(product, 2);

        using var recorder = new SqlStatementRecorder(system.DatabaseConnectionString);
        using var response = await system.Reviews.PostAsync(
            "query($id: ID!) { productById(id: $id) { reviews(first: 1) { nodes { id } pageInfo { hasNextPage } } } }",
            new { id = product });

        response.Errors.Should().BeEmpty(response.Body);
        response.Get("productById", "reviews", "pageInfo", "hasNextPage").GetBoolean().Should().BeTrue();
        recorder.Statements.Should().Contain(sql => sql.Contains("unnest(@owners)", StringComparison.Ordinal), "the page itself is read");
        recorder.Statements.Should().NotContain(sql => sql.Contains("count(", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task The_Same_Page_With_And_Without_Total_Count_In_One_Request_Should_Both_Be_Answered()
    {
        var product = Guid.NewGuid();
        var ids = await AddReviewsAsync(product, 3);

        using var response = await system.Reviews.PostAsync(
            """
            query($id: ID!) {
              productById(id: $id) {
                plain: reviews(first: 2) { nodes { id } }
                counted: reviews(first: 2) { totalCount nodes { id } }
              }
            }
            """,
            new { id = product });

        response.Errors.Should().BeEmpty(response.Body);
        response.Get("productById", "counted", "totalCount").GetInt32().Should().Be(3);
        Ids(response.Get("productById", "counted", "nodes")).Should().Equal(Ids(response.Get("productById", "plain", "nodes")))
            .And.HaveCount(2).And.BeSubsetOf(ids);
    }

    [Fact]
    public async Task A_Customer_Should_Count_Only_Visible_Reviews_And_An_Admin_Every_Review()
    {
        var product = Guid.NewGuid();
        var ids = await AddReviewsAsync(product, 3);
        using (var hide = await system.Reviews.PostAsync(ReviewsApi.HideReview, new { input = new { reviewId = ids[0] } }, system.AdminToken()))
        {
            hide.Get("hideReview", "errors").GetArrayLength().Should().Be(0, hide.Body);
        }

        const string query = "query($id: ID!) { productById(id: $id) { reviews(first: 1) { totalCount } } }";
        var (_, customer) = system.NewCustomer();
        using var asCustomer = await system.Reviews.PostAsync(query, new { id = product }, customer);
        using var asAdmin = await system.Reviews.PostAsync(query, new { id = product }, system.AdminToken());

        asCustomer.Get("productById", "reviews", "totalCount").GetInt32().Should().Be(2);
        asAdmin.Get("productById", "reviews", "totalCount").GetInt32().Should().Be(3);
    }

    [Fact]
    public async Task User_Reviews_Total_Count_Should_Count_Every_Review_Of_The_Author()
    {
        var (author, token) = system.NewCustomer();
        for (var i = 0; i < 3; i++)
        {
            await system.Reviews.AddAsync(token, Guid.NewGuid(), 4);
        }

        var (silent, _) = system.NewCustomer();
        using var response = await system.Reviews.PostAsync(
            """
            query($a: ID!, $b: ID!) {
              a: userById(id: $a) { reviews(first: 1) { totalCount nodes { id } } }
              b: userById(id: $b) { reviews(first: 1) { totalCount } }
            }
            """,
            new { a = author, b = silent });

        response.Errors.Should().BeEmpty(response.Body);
        response.Get("a", "reviews", "totalCount").GetInt32().Should().Be(3);
        response.Get("a", "reviews", "nodes").GetArrayLength().Should().Be(1);
        response.Get("b", "reviews", "totalCount").GetInt32().Should().Be(0);
    }

    private async Task<List<Guid>> AddReviewsAsync(Guid product, int count)
    {
        var ids = new List<Guid>();
        for (var i = 0; i < count; i++)
        {
            var (_, token) = system.NewCustomer();
            ids.Add(await system.Reviews.AddAsync(token, product, 1 + i % 5, $"Review {i}"));
        }

        return ids;
    }

    private static List<Guid> Ids(JsonElement nodes) => nodes.EnumerateArray().Select(n => n.GetProperty("id").GetGuid()).ToList();
}
