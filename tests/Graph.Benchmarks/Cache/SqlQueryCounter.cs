using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Graph.Benchmarks.Cache;

/// <summary>Counts the SQL commands of the Catalog's DbContexts that read the <c>products</c> table.</summary>
internal sealed class SqlQueryCounter : DbCommandInterceptor
{
    private long _productQueries;

    public long ProductQueries => Interlocked.Read(ref _productQueries);

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        if (command.CommandText.Contains("FROM products", StringComparison.Ordinal))
        {
            Interlocked.Increment(ref _productQueries);
        }

        return base.ReaderExecutingAsync(command, eventData, result, cancellationToken);
    }
}
