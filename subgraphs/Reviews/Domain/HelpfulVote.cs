namespace Graph.Reviews.Domain;

/// <summary>A user marked a review helpful: at most once per user and review (primary key), never on their own.</summary>
public sealed class HelpfulVote
{
    public Guid ReviewId { get; set; }

    public Guid UserId { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
}
