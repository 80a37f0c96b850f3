using Graph.Catalog.Domain;
using Graph.Catalog.Mutations;
using Graph.Catalog.Validation;
using Graph.ServiceDefaults.Errors;
using Graph.Types;

namespace Graph.Catalog.Products;

/// <summary>The input of <c>createProduct</c>.</summary>
[GraphQLDescription("A new product.")]
public sealed record CreateProductInput(
    [GraphQLDescription("The stock keeping unit: letters, digits, '-', '_' and '.', unique (case-insensitive), at most 64 characters.")] string Sku,
    [GraphQLDescription("The name (1-200 characters).")] string Name,
    [GraphQLDescription("The brand (1-100 characters).")] string Brand,
    [ID] [GraphQLDescription("The category the product belongs to.")] Guid CategoryId,
    [GraphQLDescription("The list price: not negative, at most two decimals.")] Money Price,
    [GraphQLDescription("The description (at most 5000 characters).")] string Description = "",
    [GraphQLDescription("Image URLs (at most 10): http(s) URLs or paths starting with '/'.")] IReadOnlyList<string>? ImageUrls = null,
    [GraphQLDescription("Attributes (at most 50).")] IReadOnlyList<ProductAttributeInput>? Attributes = null,
    [GraphQLDescription("Units on hand to start with (0-1000000).")] int InitialStock = 0);

/// <summary>The result of <c>createProduct</c>: the entity on success, otherwise the errors that stopped it (nothing was written).</summary>
[GraphQLDescription("The result of `createProduct`.")]
public sealed record CreateProductPayload(
    [GraphQLDescription("The new product; null when `errors` is not empty.")] Product? Product,
    [property: GraphQLType("[" + MutationErrorUnions.CreateProduct + "!]!")]
    [GraphQLDescription("Why the product was not created; empty on success.")] IReadOnlyList<IError> Errors);

/// <summary>The input of <c>updateProduct</c>.</summary>
[GraphQLDescription("Changes to a product; absent fields keep their value.")]
public sealed record UpdateProductInput(
    [ID] [GraphQLDescription("The product to change.")] Guid Id,
    [GraphQLDescription("A new SKU.")] string? Sku = null,
    [GraphQLDescription("A new name.")] string? Name = null,
    [GraphQLDescription("A new brand.")] string? Brand = null,
    [ID] [GraphQLDescription("A new category.")] Guid? CategoryId = null,
    [GraphQLDescription("A new list price.")] Money? Price = null,
    [GraphQLDescription("A new description.")] string? Description = null,
    [GraphQLDescription("New image URLs, replacing the old ones.")] IReadOnlyList<string>? ImageUrls = null,
    [GraphQLDescription("New attributes, replacing the old ones.")] IReadOnlyList<ProductAttributeInput>? Attributes = null);

/// <summary>The result of <c>updateProduct</c>: the entity on success, otherwise the errors that stopped it (nothing was written).</summary>
[GraphQLDescription("The result of `updateProduct`.")]
public sealed record UpdateProductPayload(
    [GraphQLDescription("The changed product; null when `errors` is not empty.")] Product? Product,
    [property: GraphQLType("[" + MutationErrorUnions.UpdateProduct + "!]!")]
    [GraphQLDescription("Why the product was not changed; empty on success.")] IReadOnlyList<IError> Errors);

/// <summary>The input of <c>deleteProduct</c>.</summary>
[GraphQLDescription("The product to delete.")]
public sealed record DeleteProductInput([ID] [GraphQLDescription("The product's id.")] Guid Id);

/// <summary>The result of <c>deleteProduct</c>: the entity on success, otherwise the errors that stopped it (nothing was written).</summary>
[GraphQLDescription("The result of `deleteProduct`.")]
public sealed record DeleteProductPayload(
    [ID] [GraphQLDescription("The id of the deleted product; null when `errors` is not empty.")] Guid? DeletedProductId,
    [property: GraphQLType("[" + MutationErrorUnions.DeleteProduct + "!]!")]
    [GraphQLDescription("Why the product was not deleted; empty on success.")] IReadOnlyList<IError> Errors);
