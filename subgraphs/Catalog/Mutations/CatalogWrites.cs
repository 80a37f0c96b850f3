using Graph.Catalog.Events;
using Graph.Catalog.Infrastructure;
using Graph.Messaging;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Graph.Catalog.Mutations;

/// <summary>
/// Commits a mutation's changes together with its <see cref="CatalogChanged"/> event: the outbox row is written by the
/// same <c>SaveChanges</c>, in the same transaction, so the event exists exactly when the change does.
/// </summary>
public static class CatalogWrites
{
    /// <summary>PostgreSQL's unique_violation.</summary>
    private const string UniqueViolation = "23505";

    public static async Task SaveWithEventAsync(CatalogDb db, string change, IEnumerable<string> tags, CancellationToken cancellationToken)
    {
        db.AddIntegrationEvent(new CatalogChanged(change, tags.Distinct(StringComparer.Ordinal).ToArray()));
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The unique constraint or index a failed save violated, or null for any other failure.</summary>
    public static string? ViolatedUniqueConstraint(DbUpdateException exception) =>
        exception.InnerException is PostgresException { SqlState: UniqueViolation } postgres ? postgres.ConstraintName : null;
}
