using System.Collections.Concurrent;
using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Graph.Data.Tests;

/// <summary>Records every query EF Core sends, as the database received it: its SQL text and parameter values.</summary>
public sealed class SqlCapture : DbCommandInterceptor
{
    private readonly ConcurrentQueue<CapturedCommand> _commands = new();

    public IReadOnlyList<string> Commands => [.. _commands.Select(c => c.Sql)];

    public IReadOnlyList<CapturedCommand> Captured => [.. _commands];

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        _commands.Enqueue(Capture(command));
        return base.ReaderExecutingAsync(command, eventData, result, cancellationToken);
    }

    public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<object> result, CancellationToken cancellationToken = default)
    {
        _commands.Enqueue(Capture(command));
        return base.ScalarExecutingAsync(command, eventData, result, cancellationToken);
    }

    private static CapturedCommand Capture(DbCommand command) =>
        new(command.CommandText, [.. command.Parameters.Cast<DbParameter>().Select(p => (p.ParameterName, p.Value))]);
}

/// <summary>A query as sent: SQL and its parameters (name, value).</summary>
public sealed record CapturedCommand(string Sql, IReadOnlyList<(string Name, object? Value)> Parameters);
