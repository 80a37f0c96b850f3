using Graph.Catalog.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Graph.Catalog.Categories;

/// <summary>Queries over the category tree.</summary>
public static class CategoryTree
{
    /// <summary>The ids of a category and all its descendants, as a composable query (a recursive CTE).</summary>
    public static IQueryable<Guid> SubtreeIds(CatalogDb db, Guid categoryId) =>
        db.Database.SqlQuery<Guid>(
            $"""
            WITH RECURSIVE subtree (id) AS (
                SELECT id FROM categories WHERE id = {categoryId}
                UNION
                SELECT c.id FROM categories c JOIN subtree s ON c.parent_id = s.id
            )
            SELECT id AS "Value" FROM subtree
            """);

    /// <summary>The ids of a category and its ancestors up to the root (cycle-safe: UNION drops repeats).</summary>
    public static Task<List<Guid>> AncestorIdsAsync(CatalogDb db, Guid categoryId, CancellationToken cancellationToken) =>
        db.Database.SqlQuery<Guid>(
            $"""
            WITH RECURSIVE lineage (id) AS (
                SELECT id FROM categories WHERE id = {categoryId}
                UNION
                SELECT c.parent_id FROM categories c JOIN lineage l ON c.id = l.id WHERE c.parent_id IS NOT NULL
            )
            SELECT id AS "Value" FROM lineage
            """).ToListAsync(cancellationToken);
}
