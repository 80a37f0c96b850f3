using Graph.Types;

namespace Graph.Catalog.Domain;

/// <summary>A node of the category tree (seed 001: "a category can contain one or more products").</summary>
[Key("id")]
[GraphQLDescription("A category of the catalog tree; products and coupons belong to one category.")]
public sealed class Category
{
    [ID]
    [GraphQLDescription("The category's id.")]
    public Guid Id { get; set; }

    [GraphQLDescription("The display name, e.g. `Laptops`.")]
    public string Name { get; set; } = "";

    [GraphQLDescription("The URL-safe unique name, e.g. `laptops`.")]
    public string Slug { get; set; } = "";

    [GraphQLDescription("A description for shoppers; may be empty.")]
    public string Description { get; set; } = "";

    /// <summary>The parent category; null for a root. Exposed as <c>Category.parent</c>.</summary>
    [GraphQLIgnore]
    public Guid? ParentId { get; set; }

    [GraphQLDescription("When the category was created.")]
    public DateTimeOffset CreatedAt { get; set; }

    [GraphQLDescription("When the category last changed.")]
    public DateTimeOffset UpdatedAt { get; set; }
}
