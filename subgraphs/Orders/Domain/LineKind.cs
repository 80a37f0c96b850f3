using Graph.Types;

namespace Graph.Orders.Domain;

/// <summary>What a cart or order line sells: a Catalog product or a Catalog coupon.</summary>
[GraphQLDescription("What a line sells: a product or a coupon of the Catalog.")]
public enum LineKind
{
    [GraphQLDescription("A product of the Catalog.")]
    Product,

    [GraphQLDescription("A coupon of the Catalog.")]
    Coupon,
}
