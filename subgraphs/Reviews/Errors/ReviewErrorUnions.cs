using Graph.ServiceDefaults.Errors;

namespace Graph.Reviews.Errors;

/// <summary>
/// The <c>XyzError</c> union of each mutation, declared in SDL because ServiceDefaults' shared error records cannot
/// implement an interface of this assembly; a payload's <c>errors</c> field names its union with <c>[GraphQLType]</c>.
/// </summary>
public static class ReviewErrorUnions
{
    public const string AddReview = "AddReviewError";
    public const string EditReview = "EditReviewError";
    public const string DeleteReview = "DeleteReviewError";
    public const string HideReview = "HideReviewError";
    public const string MarkHelpful = "MarkHelpfulError";

    /// <summary>Every mutation error union of the service, for <c>AddMutationErrorUnions</c>.</summary>
    public static readonly MutationErrorUnion[] Unions =
    [
        new(AddReview, "addReview", ["ValidationError", "ReviewExistsError"]),
        new(EditReview, "editReview", ["ValidationError", "NotFoundError"]),
        new(DeleteReview, "deleteReview", ["NotFoundError"]),
        new(HideReview, "hideReview", ["NotFoundError"]),
        new(MarkHelpful, "markHelpful", ["NotFoundError", "OwnReviewError", "AlreadyMarkedHelpfulError"]),
    ];
}
