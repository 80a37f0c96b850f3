using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

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
}
