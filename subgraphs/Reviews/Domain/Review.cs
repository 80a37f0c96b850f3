using Graph.Types;

namespace Graph.Reviews.Domain;

/// <summary>
/// A customer's review of a product: one per user and product (unique index). Hidden reviews (an admin's
/// <c>hideReview</c>) are seen only by admins and count in no rating summary. Cached by id in the entity cache
/// (<c>Review:&lt;id&gt;</c>), evicted on every change.
/// </summary>
[Key("id")]
[GraphQLDescription("A customer's review of a product: a 1-5 rating, a title and a text.")]
public sealed class Review
{
    [ID]
    [GraphQLDescription("The review's id.")]
    public Guid Id { get; set; }

    [GraphQLIgnore]
    public Guid ProductId { get; set; }

    [GraphQLIgnore]
    public Guid AuthorId { get; set; }

    [GraphQLDescription("The rating, 1 (worst) to 5 (best).")]
    public int Rating { get; set; }

    [GraphQLDescription("The title (at most 120 characters).")]
    public string Title { get; set; } = "";

    [GraphQLDescription("The text (at most 4,000 characters; may be empty).")]
    public string Body { get; set; } = "";

    [GraphQLIgnore]
    public bool Hidden { get; set; }

    [GraphQLDescription("How many other customers marked the review helpful.")]
    public int HelpfulCount { get; set; }

    [GraphQLDescription("When the review was written.")]
    public DateTimeOffset CreatedAt { get; set; }

    [GraphQLDescription("When the review was last edited (its creation time if never).")]
    public DateTimeOffset UpdatedAt { get; set; }
}
