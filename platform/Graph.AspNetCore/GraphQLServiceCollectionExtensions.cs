using Graph.Execution;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Graph.AspNetCore;

public static class GraphQLServiceCollectionExtensions
{
    /// <summary>
    /// Adds the GraphQL server: the schema and its <see cref="IRequestExecutor"/> (built once, at the
    /// first request or by <see cref="RequestExecutorProvider"/> at start-up) and the transports
    /// that <c>MapGraphQL</c> serves.
    /// </summary>
    public static GraphQLServerBuilder AddGraphQLServer(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddOptions<GraphQLServerOptions>();
        services.AddOptions<GraphQLSchemaOptions>();
        services.TryAddSingleton<RequestExecutorProvider>();
        services.TryAddSingleton<Http.PersistedOperationResolver>();
        services.TryAddSingleton<IRequestExecutor>(sp => sp.GetRequiredService<RequestExecutorProvider>().Executor);
        return new GraphQLServerBuilder(services);
    }
}
