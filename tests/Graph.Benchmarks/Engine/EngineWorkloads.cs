namespace Graph.Benchmarks.Engine;

/// <summary>
/// The workload files both engines read, generated deterministically into one folder: the ~1 MB SDL and the 2 KB
/// query against it, and the catalog schema, data, query and variables of the execution workload.
/// </summary>
internal sealed record EngineWorkloads(string Directory)
{
    /// <summary>The environment variable through which the benchmark class finds the folder.</summary>
    public const string DirectoryVariable = "GRAPH_BENCH_ENGINE_DIR";

    public const int SdlTargetBytes = 1_000_000;

    public string SchemaPath => Path.Combine(Directory, "schema.graphql");

    public string QueryPath => Path.Combine(Directory, "query.graphql");

    public string CatalogSchemaPath => Path.Combine(Directory, "catalog.graphql");

    public string CatalogDataPath => Path.Combine(Directory, "catalog.json");

    public string CatalogQueryPath => Path.Combine(Directory, "catalog-query.graphql");

    public string CatalogVariablesPath => Path.Combine(Directory, "catalog-variables.json");

    /// <summary>Where the graphql-js script writes its execution result, to compare with ours byte for byte.</summary>
    public string GraphQLJsResultPath => Path.Combine(Directory, "graphql-js-result.json");

    public static EngineWorkloads Write(string directory)
    {
        System.IO.Directory.CreateDirectory(directory);
        var workloads = new EngineWorkloads(directory);
        var utf8 = CatalogWorkload.Utf8;
        File.WriteAllText(workloads.SchemaPath, SchemaSdlGenerator.GenerateAtLeast(SdlTargetBytes), utf8);
        File.WriteAllText(workloads.QueryPath, SchemaQuery.Text, utf8);
        File.WriteAllText(workloads.CatalogSchemaPath, CatalogWorkload.Sdl, utf8);
        File.WriteAllBytes(workloads.CatalogDataPath, CatalogWorkload.Serialize(CatalogWorkload.Generate()));
        File.WriteAllText(workloads.CatalogQueryPath, CatalogWorkload.Query, utf8);
        File.WriteAllText(workloads.CatalogVariablesPath, CatalogWorkload.VariablesJson, utf8);
        return workloads;
    }

    /// <summary>The folder named by <see cref="DirectoryVariable"/>.</summary>
    public static EngineWorkloads FromEnvironment() =>
        Environment.GetEnvironmentVariable(DirectoryVariable) is { Length: > 0 } directory
            ? new EngineWorkloads(directory)
            : throw new InvalidOperationException($"{DirectoryVariable} is not set; run `./graph bench engine`.");
}
