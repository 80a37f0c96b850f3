using Graph.Types;

namespace Graph.Catalog.Domain;

/// <summary>
/// A product of the catalog. Its list price is <see cref="PriceAmount"/> in <see cref="PriceCurrency"/>; the GraphQL
/// fields <c>price</c> and <c>finalPrice</c> (offers applied) are added by <c>ProductNode</c>.
/// </summary>
[Key("id")]
[Key("sku")] // productBySku is a lookup too: the SKU is an alternate key (unique, case-insensitive).
[GraphQLDescription("A product of the catalog.")]
public sealed class Product
{
    [ID]
    [GraphQLDescription("The product's id; stable across environments for demo data.")]
    public Guid Id { get; set; }

    [GraphQLDescription("The stock keeping unit, unique in the catalog (case-insensitive).")]
    public string Sku { get; set; } = "";

    [GraphQLDescription("The product's name.")]
    public string Name { get; set; } = "";

    [GraphQLDescription("The brand or manufacturer.")]
    public string Brand { get; set; } = "";

    [GraphQLDescription("A description for shoppers; searched with a lower weight than name and brand.")]
    public string Description { get; set; } = "";

    [GraphQLDescription("Image URLs, the first being the main picture.")]
    public List<string> ImageUrls { get; set; } = [];

    [GraphQLIgnore]
    public decimal PriceAmount { get; set; }

    [GraphQLIgnore]
    public string PriceCurrency { get; set; } = "USD";

    [GraphQLIgnore]
    public Guid CategoryId { get; set; }

    [GraphQLDescription("Properties such as colour, size or weight as name/value pairs.")]
    public List<ProductAttribute> Attributes { get; set; } = [];

    [GraphQLDescription("When the product was added to the catalog.")]
    public DateTimeOffset CreatedAt { get; set; }

    [GraphQLDescription("When the product last changed.")]
    public DateTimeOffset UpdatedAt { get; set; }

    /// <summary>The list price.</summary>
    [GraphQLIgnore]
    public Money ListPrice => new(PriceAmount, PriceCurrency);
}
