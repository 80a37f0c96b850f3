using FluentAssertions;
using Graph.Data;
using Graph.Reviews.DataLoaders;
using Graph.Reviews.Domain;
using Graph.ServiceDefaults.Database;
using Graph.Testing.Postgres;
using Npgsql;
using Xunit;

namespace Graph.Reviews.Tests;

/// <summary>
/// A page of reviews is an index range scan in its ordering that starts at the cursor (Graph.Data's keyset promise:
/// page 1,000 costs what page 1 does), checked on PostgreSQL's plan. The database is this class's own, migrated with
/// the service's scripts and filled with products of 1,000 reviews each, so the planner's estimates do not depend on
/// what other tests wrote.
/// </summary>
public sealed class PagePlanTests(PagePlanTests.ManyReviewsDatabase database) : IClassFixture<PagePlanTests.ManyReviewsDatabase>
{
    [Theory]
    [InlineData(ReviewOrder.Newest, "ix_reviews_product_newest")]
    [InlineData(ReviewOrder.Highest, "ix_reviews_product_highest")]
    [InlineData(ReviewOrder.Lowest, "ix_reviews_product_lowest")]
    [InlineData(ReviewOrder.MostHelpful, "ix_reviews_product_helpful")]
    public async Task A_Page_After_A_Cursor_Should_Read_The_Index_Of_Its_Ordering(ReviewOrder order, string index)
    {
        var ordering = ReviewOrdering.For(order);
        var middle = new Review { Id = Guid.NewGuid(), Rating = 3, HelpfulCount = 8, CreatedAt = DateTimeOffset.UtcNow.AddMinutes(-500) };
        var page = new PagingArguments(10, ordering.CursorOf(middle)).Validate();
        var (sql, parameters) = ReviewPageSql.Build("product_id", [database.Products[0], database.Products[1]], ordering, page, includeHidden: false);

        var plan = await database.ExplainAsync(sql, parameters);

        plan.Should().Contain($"Index Scan using {index}", plan);
        plan.Should().MatchRegex(@"Index Cond: \(\(product_id = owner\.owner_id\) AND", plan);
        plan.Should().NotContain("Seq Scan on reviews", plan);
    }

    /// <summary>A database of its own: the service's migrations, 20 products with 1,000 reviews each, analyzed.</summary>
    public sealed class ManyReviewsDatabase : PostgresDatabaseFixture
    {
        public IReadOnlyList<Guid> Products { get; } = Enumerable.Range(0, 20).Select(_ => Guid.NewGuid()).ToList();

        protected override string NamePrefix => "reviews_plan";

        public async Task<string> ExplainAsync(string sql, IReadOnlyList<NpgsqlParameter> parameters)
        {
            await using var connection = new NpgsqlConnection(ConnectionString);
            await connection.OpenAsync();
            await using var explain = new NpgsqlCommand("EXPLAIN " + sql, connection);
            explain.Parameters.AddRange(parameters.ToArray());
            var lines = new List<string>();
            await using var reader = await explain.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                lines.Add(reader.GetString(0));
            }

            return string.Join("\n", lines);
        }

        protected override async Task MigrateAsync(string connectionString)
        {
            await new SqlMigrationRunner().ApplyAsync(connectionString, [SqlMigration.Messaging, .. SqlMigrationCatalog.FromAssembly(typeof(ReviewsService).Assembly)]);
            await using var connection = new NpgsqlConnection(connectionString);
            await connection.OpenAsync();
            await using var fill = new NpgsqlCommand(
                """
                INSERT INTO reviews (id, product_id, author_id, rating, title, body, helpful_count, created_at, updated_at)
                SELECT gen_random_uuid(), p, gen_random_uuid(), 1 + i % 5, 'Title', '', i % 17,
                       now() - i * interval '1 minute', now() - i * interval '1 minute'
                FROM unnest(@products) AS p, generate_series(1, 1000) AS i;
                ANALYZE reviews;
                """, connection);
            fill.Parameters.AddWithValue("products", Products.ToArray());
            await fill.ExecuteNonQueryAsync();
        }
    }
}
