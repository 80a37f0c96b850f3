using Microsoft.Extensions.Configuration;
using Npgsql;

namespace Graph.ServiceDefaults.Database;

/// <summary>Where a service's database is: <c>ConnectionStrings:&lt;service&gt;</c>, else the shared server's with <c>Database=graph_&lt;service&gt;</c>.</summary>
public static class ServiceConnectionStrings
{
    public const string SharedServerName = "postgres";

    public static string Resolve(IConfiguration configuration, string serviceName)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        ArgumentException.ThrowIfNullOrWhiteSpace(serviceName);
        var own = configuration.GetConnectionString(serviceName);
        if (!string.IsNullOrWhiteSpace(own))
        {
            return own;
        }

        var shared = configuration.GetConnectionString(SharedServerName);
        if (!string.IsNullOrWhiteSpace(shared))
        {
            return new NpgsqlConnectionStringBuilder(shared) { Database = $"graph_{serviceName}" }.ConnectionString;
        }

        throw new InvalidOperationException(
            $"No database is configured for '{serviceName}': set ConnectionStrings:{serviceName} or ConnectionStrings:{SharedServerName}.");
    }
}
