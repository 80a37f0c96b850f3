using Graph.Execution.DataLoader;
using Graph.Types;
using Microsoft.Extensions.DependencyInjection;

namespace Graph.Execution;

/// <summary>Registers a <see cref="IRequestExecutor"/> whose requests get a DI scope of the application's provider.</summary>
public static class ExecutorServiceCollectionExtensions
{
    public static IServiceCollection AddRequestExecutor(this IServiceCollection services, Schema schema, ExecutorOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(schema);
        services.AddDataLoaderScheduler();
        services.AddSingleton<IRequestExecutor>(provider => new RequestExecutor(schema, (options ?? new ExecutorOptions()) with { Services = provider }));
        return services;
    }
}
