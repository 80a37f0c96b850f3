using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Graph.ServiceDefaults.Database;

/// <summary>
/// EF Core's <see cref="IDbContextFactory{TContext}"/> over the service's own <see cref="DbContextOptions{TDb}"/>
/// (the ones <c>AddServiceDatabase</c> configures, outbox included). Query resolvers and DataLoaders of one execution
/// step run concurrently and a <see cref="DbContext"/> allows one operation at a time, so every reader that can run
/// beside another takes a context of its own from here; mutations, which run one after the other (spec 6.2.2), use
/// the request's scoped context.
/// </summary>
internal sealed class ServiceDbContextFactory<TDb>(IServiceProvider services, DbContextOptions<TDb> options) : IDbContextFactory<TDb>
    where TDb : DbContext
{
    private static readonly ObjectFactory<TDb> Create = ActivatorUtilities.CreateFactory<TDb>([typeof(DbContextOptions<TDb>)]);

    public TDb CreateDbContext() => Create(services, [options]);
}
