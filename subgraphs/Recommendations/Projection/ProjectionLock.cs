using Graph.Recommendations.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Graph.Recommendations.Projection;

/// <summary>
/// One transaction-scoped PostgreSQL advisory lock for every writer of the facts and derived tables (the consumers and
/// <c>rebuild</c>); the rating consumer takes it too, so its check of <c>erased_users</c> cannot race an erasure. A purchase that starts counting touches the co-purchase rows of all the user's products, so two
/// writers could otherwise lock the same rows in opposite orders (deadlocks) or read a user's products while another
/// changes them. Each hold is a handful of small statements, so serializing them costs little.
/// </summary>
public static class ProjectionLock
{
    /// <summary>An arbitrary constant naming this lock within the database.</summary>
    private const long Key = 0x5265636F6D6D656E; // "Recommen"

    public static Task AcquireAsync(RecommendationsDb db, CancellationToken cancellationToken) =>
        db.Database.ExecuteSqlInterpolatedAsync($"SELECT pg_advisory_xact_lock({Key})", cancellationToken);
}
