using Graph.Types;

namespace Graph.Catalog.Domain;

/// <summary>One name/value pair describing a product (colour, size, weight); stored in the product's jsonb column.</summary>
[GraphQLDescription("A property of a product as a name and a value, e.g. `color: black`.")]
public sealed class ProductAttribute
{
    [GraphQLDescription("The attribute's name, e.g. `color`.")]
    public string Name { get; set; } = "";

    [GraphQLDescription("The attribute's value, e.g. `black`.")]
    public string Value { get; set; } = "";
}
