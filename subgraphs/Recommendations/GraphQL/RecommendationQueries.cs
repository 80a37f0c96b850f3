using Graph.Recommendations.Federation;
using Graph.Recommendations.Infrastructure;
using Graph.Types;
using Microsoft.EntityFrameworkCore;

namespace Graph.Recommendations.GraphQL;

/// <summary>Trending products, and the internal lookups the gateway uses to attach Recommendations' fields.</summary>
[QueryType]
public static class RecommendationQueries
{
    [GraphQLDescription("The products bought in most orders within the window (paid and not refunded or cancelled), most first.")]
    public static async Task<IReadOnlyList<ProductStub>> GetTrendingProductsAsync(
        IDbContextFactory<RecommendationsDb> databases,
        TimeProvider clock,
        CancellationToken cancellationToken,
        [GraphQLDescription("How many products (1 to 50; default 10).")] int first = RecommendationLimits.DefaultFirst,
        [GraphQLDescription("The window, ending now.")] TrendingWindow window = TrendingWindow.Week)
    {
        RecommendationLimits.Validate(first);
        var since = clock.GetUtcNow() - window.Length();
        var db = await databases.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        await using (db.ConfigureAwait(false))
        {
            var products = await db.Database.SqlQuery<Guid>($"""
                SELECT product_id AS "Value" FROM purchases WHERE paid_at >= {since}
                GROUP BY product_id ORDER BY count(*) DESC, product_id LIMIT {first}
                """).ToListAsync(cancellationToken).ConfigureAwait(false);
            return products.Select(id => new ProductStub(id)).ToList();
        }
    }

    [Lookup]
    [Internal]
    [GraphQLDescription("A `Product` reference by id, for the gateway: Recommendations only adds `recommended` to products.")]
    // Nullable as the composite schemas spec asks of lookups (LOOKUP_RETURNS_NON_NULLABLE_TYPE), though never null here.
    public static ProductStub? GetProductById([ID, GraphQLDescription("The product's id.")] Guid id) => new(id);

    [Lookup]
    [Internal]
    [GraphQLDescription("A `User` reference by id, for the gateway: Recommendations only adds `recommendations` to users.")]
    public static UserStub? GetUserById([ID, GraphQLDescription("The user's id.")] Guid id) => new(id);
}
