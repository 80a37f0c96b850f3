using Graph.ServiceDefaults;
using Graph.Testing.Snapshots;
using Xunit.Sdk;

namespace Graph.Testing.Schema;

/// <summary>
/// A subgraph's checked-in <c>schema/subgraphs/&lt;name&gt;.graphql</c> (the gateway composes from it) must be what
/// the code serves; a stale file fails with the command that exports it again.
/// </summary>
public static class CheckedInSdl
{
    /// <summary>
    /// Fails unless <c>schema/subgraphs/<paramref name="subgraph"/>.graphql</c> equals the SDL the app of
    /// <paramref name="services"/> exports; <paramref name="project"/> is the service's folder, e.g. <c>subgraphs/Users</c>.
    /// </summary>
    public static void AssertCurrent(IServiceProvider services, string subgraph, string project)
    {
        ArgumentNullException.ThrowIfNull(services);
        var relativePath = $"schema/subgraphs/{subgraph}.graphql";
        var exportCommand = $"dotnet run --project {project} -- schema export --output {relativePath}";
        var path = Path.Combine(RepositoryPaths.Root, relativePath);
        if (!File.Exists(path))
        {
            throw new XunitException($"{relativePath} is missing; run `{exportCommand}` and commit it.");
        }

        var produced = GraphQLCommandsExtensions.ExportSchema(services);
        var checkedIn = File.ReadAllText(path);
        if (!string.Equals(checkedIn, produced, StringComparison.Ordinal))
        {
            throw new XunitException(
                $"{relativePath} is stale; run `{exportCommand}` and commit it.{Environment.NewLine}{Diff.Describe(checkedIn, produced)}");
        }
    }
}
