using Graph.Reviews.Domain;
using Graph.Reviews.Errors;
using Graph.ServiceDefaults.Errors;
using Graph.Types;

namespace Graph.Reviews.GraphQL;

/// <summary>Input of <c>addReview</c>. There is no <c>verifiedPurchase</c>: it is computed, never given.</summary>
[GraphQLDescription("A new review of a product by the caller.")]
public sealed record AddReviewInput(
    [property: ID, GraphQLDescription("The product reviewed.")] Guid ProductId,
    [property: GraphQLDescription("The rating, 1 to 5.")] int Rating,
    [property: GraphQLDescription("The title, 1 to 120 characters.")] string Title,
    [property: GraphQLDescription("The text, at most 4,000 characters (may be empty).")] string Body);

/// <summary>Input of <c>editReview</c>: the fields given change, the others stay.</summary>
[GraphQLDescription("Changes to the caller's review; fields left out stay as they are.")]
public sealed record EditReviewInput(
    [property: ID, GraphQLDescription("The review to change.")] Guid ReviewId,
    [property: GraphQLDescription("A new rating, 1 to 5.")] int? Rating = null,
    [property: GraphQLDescription("A new title, 1 to 120 characters.")] string? Title = null,
    [property: GraphQLDescription("A new text, at most 4,000 characters.")] string? Body = null);

/// <summary>Input of <c>deleteReview</c>, <c>hideReview</c> and <c>markHelpful</c>.</summary>
[GraphQLDescription("The review to act on.")]
public sealed record ReviewIdInput([property: ID, GraphQLDescription("The review's id.")] Guid ReviewId);

/// <summary>The result of <c>addReview</c>.</summary>
[GraphQLDescription("The new review, or why it was not written.")]
public sealed record AddReviewPayload(
    [property: GraphQLDescription("The review; null when `errors` is not empty.")] Review? Review,
    [property: GraphQLType("[" + ReviewErrorUnions.AddReview + "!]!"), GraphQLDescription("Why nothing changed; empty on success.")] IReadOnlyList<IError> Errors);

/// <summary>The result of <c>editReview</c>.</summary>
[GraphQLDescription("The review after the change, or why it did not change.")]
public sealed record EditReviewPayload(
    [property: GraphQLDescription("The review; null when `errors` is not empty.")] Review? Review,
    [property: GraphQLType("[" + ReviewErrorUnions.EditReview + "!]!"), GraphQLDescription("Why nothing changed; empty on success.")] IReadOnlyList<IError> Errors);

/// <summary>The result of <c>deleteReview</c>.</summary>
[GraphQLDescription("The id of the deleted review, or why nothing was deleted.")]
public sealed record DeleteReviewPayload(
    [property: ID, GraphQLDescription("The deleted review's id; null when `errors` is not empty.")] Guid? DeletedReviewId,
    [property: GraphQLType("[" + ReviewErrorUnions.DeleteReview + "!]!"), GraphQLDescription("Why nothing changed; empty on success.")] IReadOnlyList<IError> Errors);

/// <summary>The result of <c>hideReview</c>.</summary>
[GraphQLDescription("The hidden review, or why it was not hidden.")]
public sealed record HideReviewPayload(
    [property: GraphQLDescription("The review; null when `errors` is not empty.")] Review? Review,
    [property: GraphQLType("[" + ReviewErrorUnions.HideReview + "!]!"), GraphQLDescription("Why nothing changed; empty on success.")] IReadOnlyList<IError> Errors);

/// <summary>The result of <c>markHelpful</c>.</summary>
[GraphQLDescription("The review with its new helpful count, or why the vote was not counted.")]
public sealed record MarkHelpfulPayload(
    [property: GraphQLDescription("The review; null when `errors` is not empty.")] Review? Review,
    [property: GraphQLType("[" + ReviewErrorUnions.MarkHelpful + "!]!"), GraphQLDescription("Why nothing changed; empty on success.")] IReadOnlyList<IError> Errors);

/// <summary>The checks of the review inputs (the same limits as the table's CHECKs), collected as <see cref="ValidationError"/>s.</summary>
public static class ReviewInputCheck
{
    public static void Rating(List<IError> errors, int rating)
    {
        if (rating is < ReviewLimits.MinRating or > ReviewLimits.MaxRating)
        {
            errors.Add(new ValidationError("rating", $"`rating` must be {ReviewLimits.MinRating} to {ReviewLimits.MaxRating}."));
        }
    }

    /// <summary>A product id must name something: the empty UUID never does.</summary>
    public static void ProductId(List<IError> errors, Guid productId)
    {
        if (productId == Guid.Empty)
        {
            errors.Add(new ValidationError("productId", "`productId` must be a product's id."));
        }
    }

    /// <summary>The title trimmed, when 1 to 120 characters on one line; else an error.</summary>
    public static string Title(List<IError> errors, string title)
    {
        var trimmed = title.Trim();
        if (trimmed.Length is 0 or > ReviewLimits.MaxTitleLength)
        {
            errors.Add(new ValidationError("title", $"`title` must be 1 to {ReviewLimits.MaxTitleLength} characters."));
        }
        else if (trimmed.Any(char.IsControl))
        {
            errors.Add(new ValidationError("title", "`title` must be one line without control characters."));
        }

        return trimmed;
    }

    /// <summary>
    /// The body trimmed, when at most 4,000 characters without control characters other than line breaks and tabs
    /// (PostgreSQL text cannot even hold NUL); else an error.
    /// </summary>
    public static string Body(List<IError> errors, string body)
    {
        var trimmed = body.Trim();
        if (trimmed.Length > ReviewLimits.MaxBodyLength)
        {
            errors.Add(new ValidationError("body", $"`body` must be at most {ReviewLimits.MaxBodyLength} characters."));
        }
        else if (trimmed.Any(c => char.IsControl(c) && c is not ('\n' or '\r' or '\t')))
        {
            errors.Add(new ValidationError("body", "`body` must not contain control characters other than line breaks and tabs."));
        }

        return trimmed;
    }
}
