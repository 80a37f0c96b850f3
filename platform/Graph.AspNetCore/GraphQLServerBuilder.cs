using Graph.Execution;
using Graph.Types;
using Microsoft.Extensions.DependencyInjection;

namespace Graph.AspNetCore;

/// <summary>
/// Configures the GraphQL server of an application (HotChocolate's <c>IRequestExecutorBuilder</c>):
/// the schema, the executor and the server's transports. Created by
/// <see cref="GraphQLServiceCollectionExtensions.AddGraphQLServer"/>.
/// </summary>
public sealed class GraphQLServerBuilder
{
    internal GraphQLServerBuilder(IServiceCollection services) => Services = services;

    public IServiceCollection Services { get; }

    /// <summary>Adds to the schema (types, SDL, resolvers); applied in order when the schema is built at start-up.</summary>
    public GraphQLServerBuilder ConfigureSchema(Action<SchemaBuilder> configure)
    {
        ArgumentNullException.ThrowIfNull(configure);
        return ConfigureSchema((_, schema) => configure(schema));
    }

    /// <inheritdoc cref="ConfigureSchema(Action{SchemaBuilder})"/>
    public GraphQLServerBuilder ConfigureSchema(Action<IServiceProvider, SchemaBuilder> configure)
    {
        ArgumentNullException.ThrowIfNull(configure);
        Services.Configure<GraphQLSchemaOptions>(options => options.SchemaConfigurations.Add(configure));
        return this;
    }

    /// <summary>Changes the executor's settings (validation, limits, middleware, persisted documents).</summary>
    public GraphQLServerBuilder ModifyExecutorOptions(Func<ExecutorOptions, ExecutorOptions> modify)
    {
        ArgumentNullException.ThrowIfNull(modify);
        Services.Configure<GraphQLSchemaOptions>(options => options.ExecutorModifications.Add(modify));
        return this;
    }

    /// <summary>Changes the server's settings (transports, limits, IDE).</summary>
    public GraphQLServerBuilder ModifyServerOptions(Action<GraphQLServerOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(configure);
        Services.Configure(configure);
        return this;
    }
}
