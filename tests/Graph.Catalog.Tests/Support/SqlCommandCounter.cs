using System.Collections.Concurrent;
using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Graph.Catalog.Tests.Support;

/// <summary>Records the SQL of every command the service's DbContexts execute, to count queries per request.</summary>
public sealed class SqlCommandCounter : DbCommandInterceptor
{
    private readonly ConcurrentQueue<string> _commands = new();

    /// <summary>The commands executed so far whose SQL reads the <paramref name="table"/> table.</summary>
    public int Count(string table) => _commands.Count(sql => sql.Contains($"FROM {table} ", StringComparison.Ordinal)
        || sql.Contains($"FROM {table}\n", StringComparison.Ordinal) || sql.Contains($"FROM \"{table}\"", StringComparison.Ordinal));

    public void Reset() => _commands.Clear();

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        _commands.Enqueue(command.CommandText);
        return base.ReaderExecutingAsync(command, eventData, result, cancellationToken);
    }
}
