using System.Text.Json;
using FluentAssertions;
using Graph.Testing.Services;

namespace Graph.Recommendations.Tests.Support;

/// <summary>The GraphQL operations the tests send, and readers of their answers.</summary>
public static class RecommendationsApi
{
    public const string Recommended = """
        query($id: ID!, $first: Int!) { productById(id: $id) { recommended(first: $first) { id } } }
        """;

    public const string ForUser = """
        query($id: ID!, $first: Int!) { userById(id: $id) { recommendations(first: $first) { id } } }
        """;

    public const string Trending = """
        query($first: Int!, $window: TrendingWindow!) { trendingProducts(first: $first, window: $window) { id } }
        """;

    /// <summary>The ids of <c>Product.recommended</c>.</summary>
    public static async Task<IReadOnlyList<Guid>> RecommendedAsync(this ServiceHost service, Guid productId, int first = 5)
    {
        using var response = await service.PostAsync(Recommended, new { id = productId, first });
        response.Errors.Should().BeEmpty(response.Body);
        return Ids(response.Get("productById", "recommended"));
    }

    /// <summary>The ids of <c>User.recommendations</c> as the user themselves asks.</summary>
    public static async Task<IReadOnlyList<Guid>> RecommendationsAsync(this ServiceHost service, Guid userId, string token, int first = 5)
    {
        using var response = await service.PostAsync(ForUser, new { id = userId, first }, token);
        response.Errors.Should().BeEmpty(response.Body);
        return Ids(response.Get("userById", "recommendations"));
    }

    /// <summary>The ids of <c>trendingProducts</c>.</summary>
    public static async Task<IReadOnlyList<Guid>> TrendingAsync(this ServiceHost service, string window, int first = 50)
    {
        using var response = await service.PostAsync(Trending, new { first, window });
        response.Errors.Should().BeEmpty(response.Body);
        return Ids(response.Get("trendingProducts"));
    }

    private static List<Guid> Ids(JsonElement list) => list.EnumerateArray().Select(p => p.GetProperty("id").GetGuid()).ToList();
}
