using System.Collections.Concurrent;
using System.Diagnostics;

namespace Graph.Reviews.Tests.Support;

/// <summary>
/// Records the SQL text of every command Npgsql runs in this process while it is alive, from Npgsql's activities
/// (source <c>Npgsql</c>): the service reads pages with ADO.NET, which EF Core's command log does not see.
/// </summary>
public sealed class SqlCommandRecorder : IDisposable
{
    private readonly ConcurrentQueue<string> _commands = new();
    private readonly ActivityListener _listener;

    public SqlCommandRecorder()
    {
        _listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name == "Npgsql",
            Sample = static (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = activity =>
            {
                // Npgsql names the statement after OpenTelemetry's database conventions; older ones said db.statement.
                if ((activity.GetTagItem("db.query.text") ?? activity.GetTagItem("db.statement")) is string sql)
                {
                    _commands.Enqueue(sql);
                }
            },
        };
        ActivitySource.AddActivityListener(_listener);
    }

    /// <summary>The statements recorded so far, in the order they finished.</summary>
    public IReadOnlyList<string> Commands => _commands.ToArray();

    public void Dispose() => _listener.Dispose();
}
