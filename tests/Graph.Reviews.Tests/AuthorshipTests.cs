using FluentAssertions;
using Graph.Reviews.Tests.Support;
using Xunit;

namespace Graph.Reviews.Tests;

/// <summary>Who may change a review (issue 8 "Done when"): only its author edits or deletes it; admins hide it.</summary>
[Collection(ReviewsCollection.Name)]
public sealed class AuthorshipTests(ReviewsFixture system)
{
    [Fact]
    public async Task The_Author_Should_Edit_Their_Review_And_The_Changes_Should_Be_Served()
    {
        var (_, token) = system.NewCustomer();
        var id = await system.Reviews.AddAsync(token, Guid.NewGuid(), 2, "Meh", "Not great.");

        using var edited = await system.Reviews.PostAsync(ReviewsApi.EditReview, new { input = new { reviewId = id, rating = 4, title = "  Better after an update  " } }, token);

        edited.Get("editReview", "errors").GetArrayLength().Should().Be(0, edited.Body);
        using var read = await system.Reviews.PostAsync(ReviewsApi.ReviewById, new { id });
        read.Get("reviewById", "rating").GetInt32().Should().Be(4);
        read.Get("reviewById", "title").GetString().Should().Be("Better after an update");
        read.Get("reviewById", "body").GetString().Should().Be("Not great.");
    }

    [Fact]
    public async Task Another_Customer_Should_Get_Not_Found_And_Change_Nothing_When_Editing_Or_Deleting_A_Review()
    {
        var (_, author) = system.NewCustomer();
        var (_, intruder) = system.NewCustomer();
        var id = await system.Reviews.AddAsync(author, Guid.NewGuid(), 5, "Great", "Love it.");

        using var edit = await system.Reviews.PostAsync(ReviewsApi.EditReview, new { input = new { reviewId = id, rating = 1, title = "Hacked" } }, intruder);
        using var delete = await system.Reviews.PostAsync(ReviewsApi.DeleteReview, new { input = new { reviewId = id } }, intruder);

        edit.PayloadCodes("editReview").Should().Equal("NOT_FOUND");
        edit.Get("editReview", "review").ValueKind.Should().Be(System.Text.Json.JsonValueKind.Null);
        delete.PayloadCodes("deleteReview").Should().Equal("NOT_FOUND");
        using var read = await system.Reviews.PostAsync(ReviewsApi.ReviewById, new { id });
        read.Get("reviewById", "rating").GetInt32().Should().Be(5);
        read.Get("reviewById", "title").GetString().Should().Be("Great");
    }

    [Fact]
    public async Task The_Author_Should_Delete_Their_Review_And_It_Should_Be_Gone()
    {
        var (_, token) = system.NewCustomer();
        var id = await system.Reviews.AddAsync(token, Guid.NewGuid(), 3);

        using var delete = await system.Reviews.PostAsync(ReviewsApi.DeleteReview, new { input = new { reviewId = id } }, token);

        delete.Get("deleteReview", "deletedReviewId").GetGuid().Should().Be(id);
        using var read = await system.Reviews.PostAsync(ReviewsApi.ReviewById, new { id });
        read.Get("reviewById").ValueKind.Should().Be(System.Text.Json.JsonValueKind.Null);
    }

    [Fact]
    public async Task An_Anonymous_Caller_Should_Not_Add_A_Review()
    {
        using var response = await system.Reviews.PostAsync(ReviewsApi.AddReview, new { input = new { productId = Guid.NewGuid(), rating = 5, title = "x", body = "" } });

        response.ErrorCodes.Should().Equal("AUTH_NOT_AUTHENTICATED");
    }

    [Fact]
    public async Task A_Customer_Should_Not_Hide_A_Review()
    {
        var (_, token) = system.NewCustomer();
        var id = await system.Reviews.AddAsync(token, Guid.NewGuid(), 1);

        using var response = await system.Reviews.PostAsync(ReviewsApi.HideReview, new { input = new { reviewId = id } }, token);

        response.ErrorCodes.Should().Equal("AUTH_NOT_AUTHORIZED");
    }

    [Fact]
    public async Task A_Hidden_Review_Should_Be_Seen_By_Admins_Only_And_Leave_The_Summary()
    {
        var product = Guid.NewGuid();
        var (_, author) = system.NewCustomer();
        var (_, other) = system.NewCustomer();
        var admin = system.AdminToken();
        var hiddenId = await system.Reviews.AddAsync(author, product, 1, "Spam", "Buy followers at example.com");
        await system.Reviews.AddAsync(other, product, 5);

        using var hide = await system.Reviews.PostAsync(ReviewsApi.HideReview, new { input = new { reviewId = hiddenId } }, admin);

        hide.Get("hideReview", "review", "hidden").GetBoolean().Should().BeTrue(hide.Body);
        using var asAuthor = await system.Reviews.PostAsync(ReviewsApi.ReviewById, new { id = hiddenId }, author);
        asAuthor.Get("reviewById").ValueKind.Should().Be(System.Text.Json.JsonValueKind.Null);
        using var asAdmin = await system.Reviews.PostAsync(ReviewsApi.ReviewById, new { id = hiddenId }, admin);
        asAdmin.Get("reviewById", "id").GetGuid().Should().Be(hiddenId);
        (await ListIdsAsync(product, null)).Should().HaveCount(1).And.NotContain(hiddenId);
        (await ListIdsAsync(product, admin)).Should().HaveCount(2).And.Contain(hiddenId);
        var summary = await system.Reviews.SummaryAsync(product);
        summary.Count.Should().Be(1);
        summary.Average.Should().Be(5);
        using var edit = await system.Reviews.PostAsync(ReviewsApi.EditReview, new { input = new { reviewId = hiddenId, title = "Not spam" } }, author);
        edit.PayloadCodes("editReview").Should().Equal("NOT_FOUND");
    }

    private async Task<IReadOnlyList<Guid>> ListIdsAsync(Guid product, string? token)
    {
        using var response = await system.Reviews.PostAsync(ReviewsApi.ProductReviews, new { id = product, first = 10, order = "NEWEST" }, token);
        response.Errors.Should().BeEmpty(response.Body);
        return response.Get("productById", "reviews", "edges").EnumerateArray().Select(e => e.GetProperty("node").GetProperty("id").GetGuid()).ToList();
    }
}
