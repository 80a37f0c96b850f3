using Graph.Execution;
using Graph.Types;
using Microsoft.Extensions.Options;

namespace Graph.AspNetCore;

/// <summary>
/// Builds the schema and its executor once, from everything <see cref="GraphQLServerBuilder"/>
/// collected. A schema error surfaces at the first use with the schema's own error list.
/// </summary>
public sealed class RequestExecutorProvider(IServiceProvider services, IOptions<GraphQLSchemaOptions> options)
{
    private readonly Lazy<RequestExecutor> _executor = new(() => Build(services, options.Value), LazyThreadSafetyMode.ExecutionAndPublication);

    public RequestExecutor Executor => _executor.Value;

    public Schema Schema => Executor.Schema;

    private static RequestExecutor Build(IServiceProvider services, GraphQLSchemaOptions options)
    {
        var builder = new SchemaBuilder();
        foreach (var configure in options.SchemaConfigurations)
        {
            configure(services, builder);
        }

        var executorOptions = new ExecutorOptions { Services = services };
        foreach (var modify in options.ExecutorModifications)
        {
            executorOptions = modify(executorOptions);
        }

        return new RequestExecutor(builder.Build(), executorOptions);
    }
}
