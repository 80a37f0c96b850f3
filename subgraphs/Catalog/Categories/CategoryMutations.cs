using Graph.AspNetCore.Authorization;
using Graph.Catalog.Domain;
using Graph.Catalog.Events;
using Graph.Catalog.Infrastructure;
using Graph.Catalog.Mutations;
using Graph.Catalog.Validation;
using Graph.ServiceDefaults.Errors;
using Graph.Types;
using Microsoft.EntityFrameworkCore;

namespace Graph.Catalog.Categories;

/// <summary>Admin mutations of the category tree.</summary>
[MutationType]
public static class CategoryMutations
{
    private const string SlugIndex = "categories_slug_key";

    [Authorize(Roles = ["admin"])]
    [GraphQLDescription("Adds a category (admins only). Emits `catalog.changed`.")]
    public static async Task<CreateCategoryPayload> CreateCategoryAsync(
        CreateCategoryInput input, CatalogDb db, TimeProvider clock, CancellationToken cancellationToken)
    {
        var errors = new InputErrors();
        errors.Required("name", input.Name, CatalogLimits.CategoryNameLength);
        errors.Slug("slug", input.Slug);
        errors.MaxLength("description", input.Description, CatalogLimits.CategoryDescriptionLength);
        if (input.ParentId is { } parentId && !await db.Categories.AnyAsync(c => c.Id == parentId, cancellationToken).ConfigureAwait(false))
        {
            errors.Add(new NotFoundError("Category", parentId.ToString()));
        }

        await SlugFreeAsync(errors, db, input.Slug, null, cancellationToken).ConfigureAwait(false);
        if (errors.Any)
        {
            return new CreateCategoryPayload(null, errors.Errors);
        }

        var now = clock.GetUtcNow();
        var category = new Category
        {
            Id = Guid.CreateVersion7(now),
            Name = input.Name.Trim(),
            Slug = input.Slug,
            Description = input.Description,
            ParentId = input.ParentId,
            CreatedAt = now,
            UpdatedAt = now,
        };
        db.Categories.Add(category);
        try
        {
            await CatalogWrites.SaveWithEventAsync(db, "category.created", [EntityTags.For(EntityTags.Category, category.Id)], cancellationToken).ConfigureAwait(false);
        }
        catch (DbUpdateException ex) when (CatalogWrites.ViolatedUniqueConstraint(ex) == SlugIndex)
        {
            return new CreateCategoryPayload(null, [new DuplicateSlugError(input.Slug)]);
        }

        return new CreateCategoryPayload(category, []);
    }

    [Authorize(Roles = ["admin"])]
    [GraphQLDescription("Changes a category (admins only); moving it under one of its own descendants is refused. Emits `catalog.changed`.")]
    public static async Task<UpdateCategoryPayload> UpdateCategoryAsync(
        UpdateCategoryInput input, CatalogDb db, TimeProvider clock, CancellationToken cancellationToken)
    {
        var category = await db.Categories.FirstOrDefaultAsync(c => c.Id == input.Id, cancellationToken).ConfigureAwait(false);
        if (category is null)
        {
            return new UpdateCategoryPayload(null, [new NotFoundError("Category", input.Id.ToString())]);
        }

        var errors = new InputErrors();
        if (input.Name is not null)
        {
            errors.Required("name", input.Name, CatalogLimits.CategoryNameLength);
        }

        if (input.Slug is not null)
        {
            errors.Slug("slug", input.Slug);
            await SlugFreeAsync(errors, db, input.Slug, category.Id, cancellationToken).ConfigureAwait(false);
        }

        errors.MaxLength("description", input.Description, CatalogLimits.CategoryDescriptionLength);
        if (input.MakeRoot && input.ParentId is not null)
        {
            errors.Invalid("makeRoot", "`makeRoot` and `parentId` cannot be given together.");
        }
        else if (input.ParentId is { } parentId)
        {
            if (!await db.Categories.AnyAsync(c => c.Id == parentId, cancellationToken).ConfigureAwait(false))
            {
                errors.Add(new NotFoundError("Category", parentId.ToString()));
            }
            else if ((await CategoryTree.AncestorIdsAsync(db, parentId, cancellationToken).ConfigureAwait(false)).Contains(category.Id))
            {
                // The new parent lies in the category's own subtree: the tree would become a cycle.
                errors.Invalid("parentId", "`parentId` must not be the category itself or one of its subcategories.");
            }
        }

        if (errors.Any)
        {
            return new UpdateCategoryPayload(null, errors.Errors);
        }

        category.Name = input.Name?.Trim() ?? category.Name;
        category.Slug = input.Slug ?? category.Slug;
        category.Description = input.Description ?? category.Description;
        category.ParentId = input.MakeRoot ? null : input.ParentId ?? category.ParentId;
        category.UpdatedAt = clock.GetUtcNow();
        try
        {
            await CatalogWrites.SaveWithEventAsync(db, "category.updated", [EntityTags.For(EntityTags.Category, category.Id)], cancellationToken).ConfigureAwait(false);
        }
        catch (DbUpdateException ex) when (CatalogWrites.ViolatedUniqueConstraint(ex) == SlugIndex)
        {
            return new UpdateCategoryPayload(null, [new DuplicateSlugError(category.Slug)]);
        }

        return new UpdateCategoryPayload(category, []);
    }

    private static async Task SlugFreeAsync(InputErrors errors, CatalogDb db, string? slug, Guid? self, CancellationToken cancellationToken)
    {
        if (!string.IsNullOrEmpty(slug) && await db.Categories.AnyAsync(c => c.Slug == slug && c.Id != self, cancellationToken).ConfigureAwait(false))
        {
            errors.Add(new DuplicateSlugError(slug));
        }
    }
}
