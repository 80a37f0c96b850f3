namespace Graph.Orders.Domain;

/// <summary>
/// A shopping cart: a signed-in user's (<see cref="UserId"/>) or an anonymous one identified by a client-generated
/// cart id (<see cref="AnonymousId"/>), merged into the user's on sign-in. Prices are not stored: they are the
/// Catalog's current final prices whenever the cart is read.
/// </summary>
public sealed class Cart
{
    public Guid Id { get; set; }

    public Guid? UserId { get; set; }

    public Guid? AnonymousId { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    public List<CartLine> Lines { get; set; } = [];
}

/// <summary>An item in a <see cref="Cart"/> with its quantity.</summary>
public sealed class CartLine
{
    public Guid Id { get; set; }

    public Guid CartId { get; set; }

    public LineKind Kind { get; set; }

    public Guid ItemId { get; set; }

    public int Quantity { get; set; }

    public DateTimeOffset AddedAt { get; set; }
}
