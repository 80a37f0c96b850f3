using System.Collections.Concurrent;
using System.Diagnostics;
using Npgsql;

namespace Graph.Testing.Postgres;

/// <summary>
/// Records the SQL Npgsql sends to one database while it is alive, from Npgsql's own tracing (<c>ActivitySource</c>
/// "Npgsql"): it also sees raw ADO.NET commands, which EF Core's command log and interceptors miss. Filtered by
/// database name, because other fixtures' services run in the same process at the same time.
/// </summary>
public sealed class SqlStatementRecorder : IDisposable
{
    private readonly ConcurrentQueue<string> _statements = new();
    private readonly ActivityListener _listener;

    /// <param name="connectionString">A connection string of the database to watch (only its database name is used).</param>
    public SqlStatementRecorder(string connectionString)
    {
        var database = new NpgsqlConnectionStringBuilder(connectionString).Database
            ?? throw new ArgumentException("The connection string names no database.", nameof(connectionString));
        _listener = new ActivityListener
        {
            ShouldListenTo = static source => source.Name == "Npgsql",
            Sample = static (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = activity =>
            {
                // OpenTelemetry's database conventions, as Npgsql 10 tags its command activities.
                if (activity.GetTagItem("db.namespace") as string == database && activity.GetTagItem("db.query.text") is string sql)
                {
                    _statements.Enqueue(sql);
                }
            },
        };
        ActivitySource.AddActivityListener(_listener);
    }

    /// <summary>The statements recorded so far, in the order they finished.</summary>
    public IReadOnlyList<string> Statements => [.. _statements];

    public void Dispose() => _listener.Dispose();
}
