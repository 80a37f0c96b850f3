using Graph.Data;
using Graph.Reviews.Domain;

namespace Graph.Reviews.DataLoaders;

/// <summary>One key of a review ordering: its column, direction, CLR type (for the cursor) and value on a row.</summary>
public sealed record OrderingKey(string Column, bool Descending, Type Type, Func<Review, object> ValueOf);

/// <summary>
/// The keyset orderings of review lists. Each ends with <c>(created_at DESC, id DESC)</c>, so the last key is unique
/// and ties go newest first; the migration's indexes follow them after the owner column.
/// </summary>
public sealed class ReviewOrdering
{
    private static readonly OrderingKey CreatedAt = new("created_at", true, typeof(DateTimeOffset), r => r.CreatedAt);
    private static readonly OrderingKey Id = new("id", true, typeof(Guid), r => r.Id);

    private static readonly ReviewOrdering NewestOrdering = new([CreatedAt, Id]);
    private static readonly ReviewOrdering HighestOrdering = new([new("rating", true, typeof(int), r => r.Rating), CreatedAt, Id]);
    private static readonly ReviewOrdering LowestOrdering = new([new("rating", false, typeof(int), r => r.Rating), CreatedAt, Id]);
    private static readonly ReviewOrdering MostHelpfulOrdering = new([new("helpful_count", true, typeof(int), r => r.HelpfulCount), CreatedAt, Id]);

    private ReviewOrdering(IReadOnlyList<OrderingKey> keys)
    {
        Keys = keys;
        KeyTypes = keys.Select(k => k.Type).ToArray();
    }

    public IReadOnlyList<OrderingKey> Keys { get; }

    public IReadOnlyList<Type> KeyTypes { get; }

    /// <summary>The SQL <c>ORDER BY</c> list.</summary>
    public string OrderBySql => string.Join(", ", Keys.Select(k => k.Column + (k.Descending ? " DESC" : " ASC")));

    public static ReviewOrdering For(ReviewOrder order) => order switch
    {
        ReviewOrder.Highest => HighestOrdering,
        ReviewOrder.Lowest => LowestOrdering,
        ReviewOrder.MostHelpful => MostHelpfulOrdering,
        _ => NewestOrdering,
    };

    /// <summary>A row's cursor: its key values in order.</summary>
    public string CursorOf(Review review)
    {
        var values = new object?[Keys.Count];
        for (var i = 0; i < Keys.Count; i++)
        {
            values[i] = Keys[i].ValueOf(review);
        }

        return CursorKeys.Encode(values);
    }
}
