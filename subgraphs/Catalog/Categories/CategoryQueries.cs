using Graph.Catalog.DataLoaders;
using Graph.Catalog.Domain;
using Graph.Catalog.Infrastructure;
using Graph.Types;
using Microsoft.EntityFrameworkCore;

namespace Graph.Catalog.Categories;

/// <summary>Category lookups and the category tree's roots.</summary>
[QueryType]
public static class CategoryQueries
{
    [Lookup]
    [GraphQLDescription("The category with this id, or null.")]
    public static Task<Category?> GetCategoryByIdAsync(
        [ID] [GraphQLDescription("The category's id.")] Guid id, CategoryByIdLoader categoryById, CancellationToken cancellationToken) =>
        categoryById.LoadAsync(id, cancellationToken)!;

    [GraphQLDescription("The root categories, by name; walk down with `children`.")]
    public static async Task<List<Category>> GetCategoriesAsync(IDbContextFactory<CatalogDb> dbFactory, CancellationToken cancellationToken)
    {
        await using var db = dbFactory.CreateDbContext();
        return await db.Categories.AsNoTracking()
            .Where(c => c.ParentId == null)
            .OrderBy(c => c.Name).ThenBy(c => c.Id)
            .ToListAsync(cancellationToken)
            .ConfigureAwait(false);
    }
}
