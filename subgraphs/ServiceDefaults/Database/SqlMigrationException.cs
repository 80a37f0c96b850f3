namespace Graph.ServiceDefaults.Database;

/// <summary>The migrations cannot be applied as they are: start-up stops with this message.</summary>
public sealed class SqlMigrationException : Exception
{
    public SqlMigrationException(string message)
        : base(message)
    {
    }

    public SqlMigrationException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public SqlMigrationException()
    {
    }
}
