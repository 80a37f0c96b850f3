using Graph.Catalog.Domain;
using Graph.Catalog.Mutations;
using Graph.ServiceDefaults.Errors;
using Graph.Types;

namespace Graph.Catalog.Categories;

/// <summary>The input of <c>createCategory</c>.</summary>
[GraphQLDescription("A new category.")]
public sealed record CreateCategoryInput(
    [GraphQLDescription("The name (1-100 characters).")] string Name,
    [GraphQLDescription("The URL-safe unique name: lowercase letters and digits joined by '-', at most 100 characters.")] string Slug,
    [GraphQLDescription("The description (at most 2000 characters).")] string Description = "",
    [ID] [GraphQLDescription("The parent category; absent for a root category.")] Guid? ParentId = null);

/// <summary>The result of <c>createCategory</c>: the entity on success, otherwise the errors that stopped it (nothing was written).</summary>
[GraphQLDescription("The result of `createCategory`.")]
public sealed record CreateCategoryPayload(
    [GraphQLDescription("The new category; null when `errors` is not empty.")] Category? Category,
    [property: GraphQLType("[" + MutationErrorUnions.CreateCategory + "!]!")]
    [GraphQLDescription("Why the category was not created; empty on success.")] IReadOnlyList<IError> Errors);

/// <summary>The input of <c>updateCategory</c>.</summary>
[GraphQLDescription("Changes to a category; absent fields keep their value.")]
public sealed record UpdateCategoryInput(
    [ID] [GraphQLDescription("The category to change.")] Guid Id,
    [GraphQLDescription("A new name.")] string? Name = null,
    [GraphQLDescription("A new slug.")] string? Slug = null,
    [GraphQLDescription("A new description.")] string? Description = null,
    [ID] [GraphQLDescription("A new parent; it must not be the category itself or one of its descendants.")] Guid? ParentId = null,
    [GraphQLDescription("`true` makes the category a root (then `parentId` must be absent).")] bool MakeRoot = false);

/// <summary>The result of <c>updateCategory</c>: the entity on success, otherwise the errors that stopped it (nothing was written).</summary>
[GraphQLDescription("The result of `updateCategory`.")]
public sealed record UpdateCategoryPayload(
    [GraphQLDescription("The changed category; null when `errors` is not empty.")] Category? Category,
    [property: GraphQLType("[" + MutationErrorUnions.UpdateCategory + "!]!")]
    [GraphQLDescription("Why the category was not changed; empty on success.")] IReadOnlyList<IError> Errors);
