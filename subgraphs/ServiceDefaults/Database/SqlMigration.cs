using System.Security.Cryptography;
using System.Text;

namespace Graph.ServiceDefaults.Database;

/// <summary>
/// One SQL migration script: <c>Migrations/0001_create_products.sql</c> is version 1, name <c>create_products</c>.
/// The checksum is the SHA-256 of the script with line endings normalized, so a checkout on Windows does not
/// look like an edit.
/// </summary>
public sealed record SqlMigration(int Version, string Name, string Sql)
{
    /// <summary>Version 0: the outbox and inbox tables of Graph.Messaging, applied by the runner itself (see README).</summary>
    public const string MessagingName = "messaging";

    /// <summary>
    /// Whether the script is idempotent DDL owned by the platform (<c>CREATE ... IF NOT EXISTS</c>) rather than a
    /// service's history: when its checksum changed since it was applied, the runner runs it again and records the new
    /// checksum instead of refusing to start. Only <see cref="Messaging"/> is: an index the platform adds to the outbox
    /// reaches every service's existing database without a script of each service's own.
    /// </summary>
    public bool RerunWhenChanged { get; init; }

    /// <summary>Computed from <see cref="Sql"/> on each read, so a copy made with <c>with { Sql = ... }</c> has its own.</summary>
    public string Checksum => ComputeChecksum(Sql);

    /// <summary><c>0001_create_products</c>, as it is shown in logs and errors.</summary>
    public string Id => $"{Version:D4}_{Name}";

    /// <summary>The DDL of <see cref="Graph.Messaging.OutboxSchema.CreateSql"/> as migration <c>0000_messaging</c>.</summary>
    public static SqlMigration Messaging { get; } = new(0, MessagingName, Graph.Messaging.OutboxSchema.CreateSql) { RerunWhenChanged = true };

    private static string ComputeChecksum(string sql)
    {
        ArgumentNullException.ThrowIfNull(sql);
        var normalized = sql.Replace("\r\n", "\n", StringComparison.Ordinal);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(normalized)));
    }
}
