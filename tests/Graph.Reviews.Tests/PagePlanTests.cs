using FluentAssertions;
using Graph.Data;
using Graph.Reviews.DataLoaders;
using Graph.Reviews.Domain;
using Graph.Reviews.Tests.Support;
using Npgsql;
using Xunit;

namespace Graph.Reviews.Tests;

/// <summary>
/// A page of reviews is an index range scan in its ordering that starts at the cursor (Graph.Data's keyset promise:
/// page 1,000 costs what page 1 does), checked on PostgreSQL's plan for a product with thousands of reviews.
/// </summary>
[Collection(ReviewsCollection.Name)]
public sealed class PagePlanTests(ReviewsFixture system)
{
    [Theory]
    [InlineData(ReviewOrder.Newest, "ix_reviews_product_newest")]
    [InlineData(ReviewOrder.Highest, "ix_reviews_product_highest")]
    [InlineData(ReviewOrder.Lowest, "ix_reviews_product_lowest")]
    [InlineData(ReviewOrder.MostHelpful, "ix_reviews_product_helpful")]
    public async Task A_Page_After_A_Cursor_Should_Read_The_Index_Of_Its_Ordering(ReviewOrder order, string index)
    {
        var product = Guid.NewGuid();
        await using var connection = new NpgsqlConnection(system.ConnectionString);
        await connection.OpenAsync();
        await using (var fill = new NpgsqlCommand(
            """
            INSERT INTO reviews (id, product_id, author_id, rating, title, body, helpful_count, created_at, updated_at)
            SELECT gen_random_uuid(), @product, gen_random_uuid(), 1 + i % 5, 'Title', '', i % 17,
                   now() - i * interval '1 minute', now() - i * interval '1 minute'
            FROM generate_series(1, 3000) AS i;
            ANALYZE reviews;
            """, connection))
        {
            fill.Parameters.AddWithValue("product", product);
            await fill.ExecuteNonQueryAsync();
        }

        var ordering = ReviewOrdering.For(order);
        var middle = new Review { Id = Guid.NewGuid(), Rating = 3, HelpfulCount = 8, CreatedAt = DateTimeOffset.UtcNow.AddMinutes(-1500) };
        var page = new PagingArguments(10, ordering.CursorOf(middle)).Validate();
        var (sql, parameters) = ReviewPageSql.Build("product_id", [product], ordering, page, includeHidden: false);

        await using var explain = new NpgsqlCommand("EXPLAIN " + sql, connection);
        explain.Parameters.AddRange(parameters.ToArray());
        var plan = new List<string>();
        await using (var reader = await explain.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                plan.Add(reader.GetString(0));
            }
        }

        var text = string.Join("\n", plan);
        text.Should().Contain($"Index Scan using {index}", text);
        text.Should().MatchRegex(@"Index Cond: \(\(product_id = owner\.owner_id\) AND", text);
        text.Should().NotContain("Seq Scan on reviews", text);
    }
}
