using Graph.Types;

namespace Graph.Catalog.Domain;

/// <summary>
/// A festival offer (seed 001: "offers to users in festival season"): a percentage off the products and categories it
/// names, categories including their subcategories, active from <see cref="StartsAt"/> (inclusive) to
/// <see cref="EndsAt"/> (exclusive). Offers do not stack: a product's final price applies the best active one.
/// </summary>
[GraphQLDescription("A time-limited discount on products and categories (festival offers).")]
public sealed class Offer
{
    [ID]
    [GraphQLDescription("The offer's id.")]
    public Guid Id { get; set; }

    [GraphQLDescription("The offer's title, e.g. `Diwali Festival of Lights`.")]
    public string Title { get; set; } = "";

    [GraphQLDescription("A description for shoppers.")]
    public string Description { get; set; } = "";

    [GraphQLDescription("The discount in percent (0 < discount <= 100).")]
    public decimal DiscountPercent { get; set; }

    [GraphQLDescription("When the offer starts (inclusive).")]
    public DateTimeOffset StartsAt { get; set; }

    [GraphQLDescription("When the offer ends (exclusive).")]
    public DateTimeOffset EndsAt { get; set; }

    [ID]
    [GraphQLDescription("The categories the offer covers, subcategories included.")]
    public List<Guid> CategoryIds { get; set; } = [];

    [ID]
    [GraphQLDescription("The products the offer covers in addition to its categories.")]
    public List<Guid> ProductIds { get; set; } = [];

    [GraphQLDescription("When the offer was created.")]
    public DateTimeOffset CreatedAt { get; set; }

    [GraphQLDescription("When the offer last changed.")]
    public DateTimeOffset UpdatedAt { get; set; }

    /// <summary>Whether the offer applies at <paramref name="now"/>.</summary>
    [GraphQLIgnore]
    public bool IsActiveAt(DateTimeOffset now) => StartsAt <= now && now < EndsAt;
}
