using Graph.Types;

namespace Graph.Data.Tests;

/// <summary>A catalog row with keys of every supported kind, ties and nulls, to page over in different orders.</summary>
[GraphQLDescription("A product of the test catalog.")]
public sealed class Product
{
    [GraphQLDescription("The product's number, unique.")]
    public int Id { get; set; }

    /// <summary>Each test pages over its own set of rows, so tests sharing the database do not see each other's rows.</summary>
    [GraphQLIgnore]
    public string Set { get; set; } = "";

    [GraphQLDescription("The product's name; not unique.")]
    public string Name { get; set; } = "";

    [GraphQLDescription("A small rank shared by many products.")]
    public int Rank { get; set; }

    [GraphQLDescription("The price.")]
    public decimal Price { get; set; }

    [GraphQLDescription("When the product was created (UTC).")]
    public DateTime CreatedAt { get; set; }

    [GraphQLDescription("When the product was published.")]
    public DateTimeOffset PublishedAt { get; set; }

    [GraphQLDescription("The stock-keeping unit.")]
    public Guid Sku { get; set; }

    [GraphQLDescription("The category, if any.")]
    public string? Category { get; set; }

    [GraphQLDescription("Units in stock, when counted.")]
    public int? Stock { get; set; }

    [GraphQLDescription("Whether the product is sold.")]
    public bool Active { get; set; }

    [GraphQLDescription("A review score.")]
    public double Score { get; set; }

    [GraphQLDescription("Whether the product can be shipped.")]
    public Availability Availability { get; set; }

    [GraphQLDescription("The serial number.")]
    public long Serial { get; set; }
}

[GraphQLDescription("Whether a product can be shipped.")]
public enum Availability
{
    InStock,
    Backordered,
    SoldOut,
}
