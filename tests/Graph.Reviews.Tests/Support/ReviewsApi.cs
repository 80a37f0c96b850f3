using System.Text.Json;
using FluentAssertions;
using Graph.Testing.Services;

namespace Graph.Reviews.Tests.Support;

/// <summary>The GraphQL operations the tests send, and small readers of their answers.</summary>
public static class ReviewsApi
{
    public const string ReviewFields = "id rating title body helpfulCount createdAt updatedAt verifiedPurchase product { id } author { id }";

    public const string AddReview = $$"""
        mutation($input: AddReviewInput!) {
          addReview(input: $input) {
            review { {{ReviewFields}} }
            errors { __typename ... on Error { code message } ... on ValidationError { field } ... on ReviewExistsError { reviewId } }
          }
        }
        """;

    public const string EditReview = $$"""
        mutation($input: EditReviewInput!) {
          editReview(input: $input) {
            review { {{ReviewFields}} }
            errors { __typename ... on Error { code message } ... on ValidationError { field } }
          }
        }
        """;

    public const string DeleteReview = """
        mutation($input: ReviewIdInput!) {
          deleteReview(input: $input) { deletedReviewId errors { __typename ... on Error { code message } } }
        }
        """;

    public const string HideReview = """
        mutation($input: ReviewIdInput!) {
          hideReview(input: $input) { review { id hidden } errors { __typename ... on Error { code message } } }
        }
        """;

    public const string MarkHelpful = """
        mutation($input: ReviewIdInput!) {
          markHelpful(input: $input) { review { id helpfulCount } errors { __typename ... on Error { code message } } }
        }
        """;

    public const string ReviewById = $$"""
        query($id: ID!) { reviewById(id: $id) { {{ReviewFields}} } }
        """;

    public const string Summary = """
        query($id: ID!) { productById(id: $id) { ratingSummary { average count histogram { rating count } } } }
        """;

    public const string ProductReviews = """
        query($id: ID!, $first: Int, $after: String, $order: ReviewOrder!) {
          productById(id: $id) {
            reviews(first: $first, after: $after, order: $order) {
              edges { cursor node { id rating helpfulCount createdAt } }
              pageInfo { hasNextPage hasPreviousPage endCursor }
            }
          }
        }
        """;

    /// <summary>Adds a review and returns its id, failing with the answer when it was refused.</summary>
    public static async Task<Guid> AddAsync(this ServiceHost reviews, string token, Guid productId, int rating, string title = "A title", string body = "A text.")
    {
        using var response = await reviews.PostAsync(AddReview, new { input = new { productId, rating, title, body } }, token);
        response.Errors.Should().BeEmpty(response.Body);
        response.Get("addReview", "errors").GetArrayLength().Should().Be(0, response.Body);
        return response.Get("addReview", "review", "id").GetGuid();
    }

    /// <summary>The product's summary: average (null when none), count and the histogram's counts for 1..5.</summary>
    public static async Task<(double? Average, int Count, int[] Histogram)> SummaryAsync(this ServiceHost reviews, Guid productId, string? token = null)
    {
        using var response = await reviews.PostAsync(Summary, new { id = productId }, token);
        response.Errors.Should().BeEmpty(response.Body);
        var summary = response.Get("productById", "ratingSummary");
        var average = summary.GetProperty("average");
        return (
            average.ValueKind == JsonValueKind.Null ? null : average.GetDouble(),
            summary.GetProperty("count").GetInt32(),
            summary.GetProperty("histogram").EnumerateArray().Select(h => h.GetProperty("count").GetInt32()).ToArray());
    }

    /// <summary>The <c>errors[].code</c> of a mutation payload.</summary>
    public static IReadOnlyList<string?> PayloadCodes(this GraphQLResponse response, string mutation) =>
        response.Get(mutation, "errors").EnumerateArray().Select(e => e.GetProperty("code").GetString()).ToList();
}
