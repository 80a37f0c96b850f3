using Graph.Execution;

namespace Graph.Recommendations.GraphQL;

/// <summary>The bounds of every <c>first</c> argument (issue 8: 1..50).</summary>
public static class RecommendationLimits
{
    public const int MaxFirst = 50;

    public const int DefaultFirst = 10;

    /// <summary>The stable <c>extensions.code</c> of a <c>first</c> outside 1..50.</summary>
    public const string FirstOutOfRange = "FIRST_OUT_OF_RANGE";

    /// <summary>Throws a field error with <see cref="FirstOutOfRange"/> unless 1 &lt;= first &lt;= 50.</summary>
    public static int Validate(int first) =>
        first is >= 1 and <= MaxFirst
            ? first
            : throw new GraphQLException($"`first` must be between 1 and {MaxFirst}; got {first}.", FirstOutOfRange);
}
