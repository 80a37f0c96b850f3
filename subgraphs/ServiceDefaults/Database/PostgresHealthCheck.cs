using Microsoft.Extensions.Diagnostics.HealthChecks;
using Npgsql;

namespace Graph.ServiceDefaults.Database;

/// <summary>Readiness: the service's database answers <c>SELECT 1</c>.</summary>
internal sealed class PostgresHealthCheck(Func<string> connectionString) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            await using var connection = new NpgsqlConnection(connectionString());
            await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
            await using var command = new NpgsqlCommand("SELECT 1", connection);
            await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false);
            return HealthCheckResult.Healthy();
        }
        catch (Exception e) when (e is NpgsqlException or InvalidOperationException or TimeoutException)
        {
            // The message only: the exception text of a failed connection can include host names, never credentials.
            return HealthCheckResult.Unhealthy($"PostgreSQL is not reachable: {e.Message}");
        }
    }
}
