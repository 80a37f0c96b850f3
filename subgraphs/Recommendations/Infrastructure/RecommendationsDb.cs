using Graph.Messaging;
using Microsoft.EntityFrameworkCore;

namespace Graph.Recommendations.Infrastructure;

/// <summary>
/// The Recommendations' EF Core context over the tables of <c>Migrations/0001_recommendations.sql</c>. The projection
/// and the queries are set-based SQL (counts and rankings), so no table is mapped as an entity; the inbox lives here so
/// each consumed event and its projection change commit together.
/// </summary>
public sealed class RecommendationsDb(DbContextOptions<RecommendationsDb> options) : DbContext(options)
{
    protected override void OnModelCreating(ModelBuilder modelBuilder) => modelBuilder.AddOutbox().AddInbox();
}
