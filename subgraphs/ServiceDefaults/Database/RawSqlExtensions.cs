using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;

namespace Graph.ServiceDefaults.Database;

public static class RawSqlExtensions
{
    /// <summary>
    /// The rows of one SQL query, read with ADO.NET on the context's connection (in its transaction, if one is open) and
    /// mapped by <paramref name="read"/>: for hot reads, where EF Core's raw SQL queries build, hash and look up the
    /// query's expression tree on every call. The connection is opened and closed through EF Core, so one already open
    /// stays open and a pooled context goes back without a connection of its own. Parameters without names are
    /// positional (<c>$1</c>, <c>$2</c>, ...).
    /// </summary>
    public static async Task<List<T>> ReadRowsAsync<T>(
        this DatabaseFacade database, string sql, IEnumerable<DbParameter> parameters, Func<DbDataReader, T> read, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(database);
        ArgumentNullException.ThrowIfNull(parameters);
        ArgumentNullException.ThrowIfNull(read);
        await database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await using var command = database.GetDbConnection().CreateCommand();
            command.CommandText = sql;
            command.Transaction = database.CurrentTransaction?.GetDbTransaction();
            foreach (var parameter in parameters)
            {
                command.Parameters.Add(parameter);
            }

            var rows = new List<T>();
            await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                rows.Add(read(reader));
            }

            return rows;
        }
        finally
        {
            await database.CloseConnectionAsync().ConfigureAwait(false);
        }
    }
}
