using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Graph.ServiceDefaults.Database;

/// <summary>Returned by <c>AddServiceDatabase&lt;TDb&gt;</c> to add demo-data seeders.</summary>
public sealed class ServiceDatabaseBuilder<TDb>(IServiceCollection services)
    where TDb : DbContext
{
    public IServiceCollection Services => services;

    /// <summary>Runs <typeparamref name="TSeeder"/> (scoped) after the migrations when <c>DemoData:Enabled</c> is true.</summary>
    public ServiceDatabaseBuilder<TDb> AddSeeder<TSeeder>()
        where TSeeder : class, IDatabaseSeeder<TDb>
    {
        services.AddScoped<IDatabaseSeeder<TDb>, TSeeder>();
        return this;
    }

    /// <summary>
    /// Readers' contexts (<see cref="IDbContextFactory{TContext}"/>, one per DataLoader batch or query resolver) come
    /// from a pool of EF Core contexts, reset when disposed, instead of a new context each, whose internal services
    /// EF Core resolves again every time (the largest part of a cached read's cost). Only for a
    /// <typeparamref name="TDb"/> with no state of its own and no <c>OnConfiguring</c>: a pooled context keeps
    /// whatever EF Core does not reset. The request's scoped context (mutations) is unchanged.
    /// </summary>
    public ServiceDatabaseBuilder<TDb> PoolReaderContexts()
    {
        services.Replace(ServiceDescriptor.Singleton<IDbContextFactory<TDb>>(
            sp => new PooledDbContextFactory<TDb>(sp.GetRequiredService<DbContextOptions<TDb>>())));
        return this;
    }
}
