using Graph.Messaging;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Graph.ServiceDefaults.Database;

/// <summary>What <c>AddServiceDatabase&lt;TDb&gt;</c> recorded: where the database is and which scripts migrate it.</summary>
public sealed class ServiceDatabaseRegistration<TDb>(Func<string> connectionString, IReadOnlyList<SqlMigration> scripts)
    where TDb : DbContext
{
    private readonly Lazy<string> _connectionString = new(connectionString);

    /// <summary>Resolved at first use, so commands that never touch the database need none configured.</summary>
    public string ConnectionString() => _connectionString.Value;

    /// <summary>The embedded scripts of <typeparamref name="TDb"/>'s assembly.</summary>
    public IReadOnlyList<SqlMigration> Scripts { get; } = scripts;

    /// <summary>
    /// The scripts, preceded by <see cref="SqlMigration.Messaging"/> (version 0) when the model maps the outbox or
    /// the inbox, so a service never copies their DDL.
    /// </summary>
    public IReadOnlyList<SqlMigration> MigrationsFor(IModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        var usesMessaging = model.FindEntityType(typeof(OutboxMessage)) is not null || model.FindEntityType(typeof(InboxMessage)) is not null;
        if (!usesMessaging)
        {
            return Scripts;
        }

        if (Scripts.FirstOrDefault(s => s.Version == 0) is { } clash)
        {
            throw new SqlMigrationException(
                $"Migration {clash.Id} of {typeof(TDb).Name} uses version 0000, which is reserved for the outbox and inbox tables: number scripts from 0001.");
        }

        return [SqlMigration.Messaging, .. Scripts];
    }
}
