namespace Graph.Reviews.Domain;

/// <summary>The input limits of the review mutations; the migration's CHECKs say the same.</summary>
public static class ReviewLimits
{
    public const int MinRating = 1;
    public const int MaxRating = 5;
    public const int MaxTitleLength = 120;
    public const int MaxBodyLength = 4000;

    /// <summary>Most reviews one page of a connection returns.</summary>
    public const int MaxPageSize = 50;

    /// <summary>Reviews a page returns when <c>first</c> is not given.</summary>
    public const int DefaultPageSize = 10;
}
