using System.Diagnostics;
using System.Text;
using Npgsql;

namespace Graph.Testing.Postgres;

/// <summary>
/// The PostgreSQL server tests run against: <c>GRAPH_TEST_POSTGRES</c> (a connection string of a
/// role with CREATEDB) if set, else the project's local cluster, started once per test process
/// by <c>./graph db start</c>, which prints a superuser connection string as its last line.
/// </summary>
public static class PostgresServer
{
    public const string ConnectionStringVariable = "GRAPH_TEST_POSTGRES";

    private static readonly Lazy<Task<string>> AdminConnectionString = new(ResolveAsync, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>A connection string to the server's maintenance database.</summary>
    public static Task<string> GetAdminConnectionStringAsync() => AdminConnectionString.Value;

    /// <summary>Creates an empty database with a unique name; dispose the result to drop it.</summary>
    public static async Task<TestDatabase> CreateDatabaseAsync(string prefix, CancellationToken cancellationToken = default)
    {
        var admin = await GetAdminConnectionStringAsync().ConfigureAwait(false);
        var name = UniqueName(prefix);
        await using (var connection = new NpgsqlConnection(admin))
        {
            await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
            await using var command = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
            await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        var builder = new NpgsqlConnectionStringBuilder(admin) { Database = name, IncludeErrorDetail = true };
        return new TestDatabase(name, builder.ConnectionString, admin);
    }

    // PostgreSQL identifiers: at most 63 bytes; lowercase so they need no quoting in psql.
    private static string UniqueName(string prefix)
    {
        var clean = new StringBuilder();
        foreach (var c in prefix.ToLowerInvariant())
        {
            clean.Append(char.IsAsciiLetterOrDigit(c) ? c : '_');
        }

        var head = clean.Length > 40 ? clean.ToString(0, 40) : clean.ToString();
        return $"test_{head}_{Guid.NewGuid():N}"[..(head.Length + 18)];
    }

    private static async Task<string> ResolveAsync()
    {
        var given = Environment.GetEnvironmentVariable(ConnectionStringVariable);
        var connectionString = string.IsNullOrWhiteSpace(given) ? await StartLocalClusterAsync().ConfigureAwait(false) : given;
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        if (string.IsNullOrEmpty(builder.Database))
        {
            builder.Database = "postgres";
        }

        return builder.ConnectionString;
    }

    private static async Task<string> StartLocalClusterAsync()
    {
        var root = FindRepositoryRoot();
        var startInfo = new ProcessStartInfo("bash")
        {
            WorkingDirectory = root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        startInfo.ArgumentList.Add(Path.Combine(root, "graph"));
        startInfo.ArgumentList.Add("db");
        startInfo.ArgumentList.Add("start");
        using var process = Process.Start(startInfo)
            ?? throw new InvalidOperationException("Could not start `./graph db start`.");
        process.StandardInput.Close();
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        try
        {
            await process.WaitForExitAsync(timeout.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"`./graph db start` did not finish within 3 minutes. Set {ConnectionStringVariable} to use another server.");
        }

        var output = await stdout.ConfigureAwait(false);
        var errors = await stderr.ConfigureAwait(false);
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException(
                $"`./graph db start` exited with {process.ExitCode}. Set {ConnectionStringVariable} to use another server.\n{Tail(errors)}\n{Tail(output)}");
        }

        var lastLine = output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).LastOrDefault();
        if (string.IsNullOrEmpty(lastLine) || !lastLine.Contains('='))
        {
            throw new InvalidOperationException($"`./graph db start` did not print a connection string as its last line:\n{Tail(output)}");
        }

        return lastLine;
    }

    private static string FindRepositoryRoot()
    {
        try
        {
            return RepositoryPaths.Root;
        }
        catch (InvalidOperationException ex)
        {
            throw new InvalidOperationException($"{ex.Message} Set {ConnectionStringVariable} to a PostgreSQL connection string instead.", ex);
        }
    }

    private static string Tail(string text) => text.Length > 2000 ? text[^2000..] : text;
}
