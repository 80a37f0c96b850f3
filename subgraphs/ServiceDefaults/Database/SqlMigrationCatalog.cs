using System.Reflection;
using System.Text.RegularExpressions;

namespace Graph.ServiceDefaults.Database;

/// <summary>
/// Finds the migration scripts embedded in an assembly:
/// <c>&lt;EmbeddedResource Include="Migrations/*.sql" /&gt;</c> gives resources named
/// <c>&lt;RootNamespace&gt;.Migrations.0001_create_products.sql</c>.
/// </summary>
public static partial class SqlMigrationCatalog
{
    [GeneratedRegex(@"(^|\.)Migrations\.(?<version>\d{4})_(?<name>[A-Za-z0-9_]+)\.sql$", RegexOptions.CultureInvariant)]
    private static partial Regex ResourceName();

    /// <summary>The scripts of <paramref name="assembly"/> in version order; two scripts with one version are an error.</summary>
    public static IReadOnlyList<SqlMigration> FromAssembly(Assembly assembly)
    {
        ArgumentNullException.ThrowIfNull(assembly);
        var migrations = new List<SqlMigration>();
        foreach (var resource in assembly.GetManifestResourceNames())
        {
            var match = ResourceName().Match(resource);
            if (!match.Success)
            {
                continue;
            }

            using var stream = assembly.GetManifestResourceStream(resource)!;
            using var reader = new StreamReader(stream);
            var version = int.Parse(match.Groups["version"].Value, System.Globalization.CultureInfo.InvariantCulture);
            migrations.Add(new SqlMigration(version, match.Groups["name"].Value, reader.ReadToEnd()));
        }

        return Ordered(migrations, assembly.GetName().Name ?? "the assembly");
    }

    /// <summary>Sorts by version and rejects duplicate versions.</summary>
    public static IReadOnlyList<SqlMigration> Ordered(IEnumerable<SqlMigration> migrations, string origin)
    {
        ArgumentNullException.ThrowIfNull(migrations);
        var ordered = migrations.OrderBy(m => m.Version).ToList();
        for (var i = 1; i < ordered.Count; i++)
        {
            if (ordered[i].Version == ordered[i - 1].Version)
            {
                throw new SqlMigrationException(
                    $"Migrations {ordered[i - 1].Id} and {ordered[i].Id} in {origin} share version {ordered[i].Version:D4}.");
            }
        }

        return ordered;
    }
}
