using Microsoft.EntityFrameworkCore;

namespace Graph.Catalog.Infrastructure;

/// <summary>
/// A <see cref="CatalogDb"/> per DataLoader batch or read resolver. Resolvers of one request run concurrently and a
/// DbContext allows one operation at a time, so reads do not share the request's context (mutations, which run one
/// after another, use it). The contexts share the request's options: same connection string, same interceptors.
/// </summary>
public sealed class CatalogDbFactory(DbContextOptions<CatalogDb> options)
{
    public CatalogDb Create() => new(options);
}
