using FluentAssertions;
using Graph.Reviews.Tests.Support;
using Xunit;

namespace Graph.Reviews.Tests;

/// <summary>Input limits and the one-per-user rules answer typed errors with stable codes, and change nothing.</summary>
[Collection(ReviewsCollection.Name)]
public sealed class ValidationTests(ReviewsFixture system)
{
    public static TheoryData<int, string, string, string> BadInputs => new()
    {
        { 0, "Title", "", "rating" },
        { 6, "Title", "", "rating" },
        { 3, "   ", "", "title" },
        { 3, new string('t', 121), "", "title" },
        { 3, "Title", new string('b', 4001), "body" },
        { 3, "Two\nlines", "", "title" },
        { 3, "Title", "Null \u0000 byte", "body" },
    };

    [Theory]
    [MemberData(nameof(BadInputs))]
    public async Task Add_Review_With_An_Input_Beyond_Its_Limits_Should_Answer_A_Validation_Error_And_Write_Nothing(int rating, string title, string body, string field)
    {
        var product = Guid.NewGuid();
        var (_, token) = system.NewCustomer();

        using var response = await system.Reviews.PostAsync(ReviewsApi.AddReview, new { input = new { productId = product, rating, title, body } }, token);

        response.PayloadCodes("addReview").Should().Equal("VALIDATION_FAILED");
        response.Get("addReview", "errors")[0].GetProperty("field").GetString().Should().Be(field);
        (await system.Reviews.SummaryAsync(product)).Count.Should().Be(0);
    }

    [Fact]
    public async Task Add_Review_Of_The_Empty_Product_Id_Should_Answer_A_Validation_Error()
    {
        var (_, token) = system.NewCustomer();

        using var response = await system.Reviews.PostAsync(ReviewsApi.AddReview, new { input = new { productId = Guid.Empty, rating = 3, title = "T", body = "" } }, token);

        response.PayloadCodes("addReview").Should().Equal("VALIDATION_FAILED");
        response.Get("addReview", "errors")[0].GetProperty("field").GetString().Should().Be("productId");
    }

    [Fact]
    public async Task A_Body_With_Line_Breaks_And_Tabs_Should_Be_Kept_As_Written()
    {
        var (_, token) = system.NewCustomer();

        var id = await system.Reviews.AddAsync(token, Guid.NewGuid(), 4, "Pros and cons", "Pros:\n\t- light\r\nCons:\n\t- loud");

        using var read = await system.Reviews.PostAsync(ReviewsApi.ReviewById, new { id });
        read.Get("reviewById", "body").GetString().Should().Be("Pros:\n\t- light\r\nCons:\n\t- loud");
    }

    [Fact]
    public async Task Add_Review_At_The_Limits_Should_Be_Accepted()
    {
        var (_, token) = system.NewCustomer();

        var id = await system.Reviews.AddAsync(token, Guid.NewGuid(), 5, new string('t', 120), new string('b', 4000));

        id.Should().NotBeEmpty();
    }

    [Fact]
    public async Task Edit_Review_With_A_Bad_Rating_Should_Answer_A_Validation_Error()
    {
        var (_, token) = system.NewCustomer();
        var id = await system.Reviews.AddAsync(token, Guid.NewGuid(), 3);

        using var response = await system.Reviews.PostAsync(ReviewsApi.EditReview, new { input = new { reviewId = id, rating = 9 } }, token);

        response.PayloadCodes("editReview").Should().Equal("VALIDATION_FAILED");
    }

    [Fact]
    public async Task Edit_Review_With_Nothing_To_Change_Should_Answer_A_Validation_Error()
    {
        var (_, token) = system.NewCustomer();
        var id = await system.Reviews.AddAsync(token, Guid.NewGuid(), 3);

        using var response = await system.Reviews.PostAsync(ReviewsApi.EditReview, new { input = new { reviewId = id } }, token);

        response.PayloadCodes("editReview").Should().Equal("VALIDATION_FAILED");
        response.Get("editReview", "errors")[0].GetProperty("field").GetString().Should().Be("input");
    }

    [Fact]
    public async Task A_Second_Review_Of_The_Same_Product_Should_Answer_Review_Exists_With_The_First()
    {
        var product = Guid.NewGuid();
        var (_, token) = system.NewCustomer();
        var first = await system.Reviews.AddAsync(token, product, 4);

        using var response = await system.Reviews.PostAsync(ReviewsApi.AddReview, new { input = new { productId = product, rating = 1, title = "Again", body = "" } }, token);

        response.PayloadCodes("addReview").Should().Equal("REVIEW_EXISTS");
        response.Get("addReview", "errors")[0].GetProperty("reviewId").GetGuid().Should().Be(first);
        (await system.Reviews.SummaryAsync(product)).Count.Should().Be(1);
    }

    [Fact]
    public async Task Mark_Helpful_Should_Count_Once_Per_User_And_Never_On_The_Own_Review()
    {
        var (_, author) = system.NewCustomer();
        var (_, reader) = system.NewCustomer();
        var id = await system.Reviews.AddAsync(author, Guid.NewGuid(), 4);

        using var own = await system.Reviews.PostAsync(ReviewsApi.MarkHelpful, new { input = new { reviewId = id } }, author);
        using var first = await system.Reviews.PostAsync(ReviewsApi.MarkHelpful, new { input = new { reviewId = id } }, reader);
        using var again = await system.Reviews.PostAsync(ReviewsApi.MarkHelpful, new { input = new { reviewId = id } }, reader);
        using var unknown = await system.Reviews.PostAsync(ReviewsApi.MarkHelpful, new { input = new { reviewId = Guid.NewGuid() } }, reader);

        own.PayloadCodes("markHelpful").Should().Equal("OWN_REVIEW");
        first.Get("markHelpful", "review", "helpfulCount").GetInt32().Should().Be(1, first.Body);
        again.PayloadCodes("markHelpful").Should().Equal("ALREADY_MARKED_HELPFUL");
        unknown.PayloadCodes("markHelpful").Should().Equal("NOT_FOUND");
        using var read = await system.Reviews.PostAsync(ReviewsApi.ReviewById, new { id });
        read.Get("reviewById", "helpfulCount").GetInt32().Should().Be(1);
    }

    [Fact]
    public async Task Verified_Purchase_Should_Not_Be_An_Input_Of_Add_Review()
    {
        var (_, token) = system.NewCustomer();

        using var response = await system.Reviews.PostAsync(ReviewsApi.AddReview,
            new { input = new { productId = Guid.NewGuid(), rating = 5, title = "Trust me", body = "", verifiedPurchase = true } }, token);

        response.Errors.Should().NotBeEmpty();
        response.Data.ValueKind.Should().NotBe(System.Text.Json.JsonValueKind.Object, "an unknown input field fails validation before execution");
    }
}
