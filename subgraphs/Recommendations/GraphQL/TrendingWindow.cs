using Graph.Types;

namespace Graph.Recommendations.GraphQL;

/// <summary>The time windows of <c>trendingProducts</c>, ending now.</summary>
[GraphQLDescription("A time window ending now.")]
public enum TrendingWindow
{
    [GraphQLDescription("The last 24 hours.")]
    Day,

    [GraphQLDescription("The last 7 days.")]
    Week,

    [GraphQLDescription("The last 30 days.")]
    Month,
}

/// <summary>The length of each <see cref="TrendingWindow"/>.</summary>
public static class TrendingWindows
{
    public static TimeSpan Length(this TrendingWindow window) => window switch
    {
        TrendingWindow.Day => TimeSpan.FromDays(1),
        TrendingWindow.Week => TimeSpan.FromDays(7),
        TrendingWindow.Month => TimeSpan.FromDays(30),
        _ => throw new ArgumentOutOfRangeException(nameof(window), window, "Not a trending window."),
    };
}
