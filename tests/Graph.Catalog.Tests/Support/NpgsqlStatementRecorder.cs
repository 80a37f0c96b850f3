using System.Collections.Concurrent;
using System.Diagnostics;

namespace Graph.Catalog.Tests.Support;

/// <summary>
/// Records the SQL Npgsql sends to one database, from Npgsql's own tracing (<c>ActivitySource</c> "Npgsql"), so it also
/// sees raw ADO.NET commands that EF Core interceptors miss (search reads its hits that way). Filtered by database name:
/// other fixtures' services run in the same process at the same time.
/// </summary>
public sealed class NpgsqlStatementRecorder : IDisposable
{
    private readonly ConcurrentQueue<string> _statements = new();
    private readonly ActivityListener _listener;

    public NpgsqlStatementRecorder(string database)
    {
        _listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name == "Npgsql",
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllData,
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
