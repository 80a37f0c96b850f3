using Graph.Types;

namespace Graph.Users.Accounts;

/// <summary>A postal address of a user (shipping, billing). Visible to its owner only.</summary>
[GraphQLDescription("A postal address saved by the user. Only the user can read it.")]
public sealed class Address
{
    [ID]
    [GraphQLDescription("The address's id.")]
    public Guid Id { get; set; }

    [GraphQLIgnore]
    public Guid UserId { get; set; }

    [GraphQLDescription("Who receives deliveries at this address.")]
    public string Recipient { get; set; } = "";

    [GraphQLDescription("Street and number.")]
    public string Line1 { get; set; } = "";

    [GraphQLDescription("Apartment, suite, floor.")]
    public string? Line2 { get; set; }

    [GraphQLDescription("City or town.")]
    public string City { get; set; } = "";

    [GraphQLDescription("State, province or region, where the country uses one.")]
    public string? Region { get; set; }

    [GraphQLDescription("Postal or ZIP code.")]
    public string PostalCode { get; set; } = "";

    [GraphQLDescription("ISO 3166-1 alpha-2 country code, upper case (e.g. `DE`).")]
    public string Country { get; set; } = "";

    [GraphQLDescription("When the address was saved.")]
    public DateTimeOffset CreatedAt { get; set; }
}
