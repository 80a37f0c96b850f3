using Graph.Execution;
using Graph.Types;

namespace Graph.AspNetCore;

/// <summary>What <see cref="GraphQLServerBuilder"/> collected to build the schema and its executor.</summary>
public sealed class GraphQLSchemaOptions
{
    public List<Action<IServiceProvider, SchemaBuilder>> SchemaConfigurations { get; } = [];

    public List<Func<ExecutorOptions, ExecutorOptions>> ExecutorModifications { get; } = [];
}
