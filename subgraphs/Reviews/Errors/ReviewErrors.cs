using Graph.ServiceDefaults.Errors;
using Graph.Types;

namespace Graph.Reviews.Errors;

/// <summary><c>addReview</c> by a user who already reviewed the product (one review per user and product).</summary>
[ObjectType]
[GraphQLDescription("The caller already reviewed this product; edit that review instead.")]
public sealed record ReviewExistsError([property: ID, GraphQLDescription("The caller's existing review of the product.")] Guid ReviewId) : IError
{
    [GraphQLDescription("What went wrong, in English, for people.")]
    public string Message => "You already reviewed this product: edit your review instead.";

    [GraphQLDescription("A stable machine-readable code.")]
    public string Code => "REVIEW_EXISTS";
}

/// <summary><c>markHelpful</c> on the caller's own review.</summary>
[ObjectType]
[GraphQLDescription("A review cannot be marked helpful by its author.")]
public sealed record OwnReviewError : IError
{
    [GraphQLDescription("What went wrong, in English, for people.")]
    public string Message => "You cannot mark your own review helpful.";

    [GraphQLDescription("A stable machine-readable code.")]
    public string Code => "OWN_REVIEW";
}

/// <summary><c>markHelpful</c> a second time by the same user.</summary>
[ObjectType]
[GraphQLDescription("The caller already marked this review helpful.")]
public sealed record AlreadyMarkedHelpfulError : IError
{
    [GraphQLDescription("What went wrong, in English, for people.")]
    public string Message => "You already marked this review helpful.";

    [GraphQLDescription("A stable machine-readable code.")]
    public string Code => "ALREADY_MARKED_HELPFUL";
}
