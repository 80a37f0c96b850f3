using Graph.Users.Accounts;

namespace Graph.Users.DemoData;

/// <summary>The demo accounts (documented in <c>DemoData/README.md</c>; keep the two in step).</summary>
public static class DemoPeople
{
    public static readonly Guid AdminId = Guid.Parse("0193a000-0000-7000-8000-000000000001");
    public static readonly Guid AliceId = Guid.Parse("0193a000-0000-7000-8000-000000000101");
    public static readonly Guid BobId = Guid.Parse("0193a000-0000-7000-8000-000000000102");
    public static readonly Guid CarolId = Guid.Parse("0193a000-0000-7000-8000-000000000103");
    public static readonly Guid DaveId = Guid.Parse("0193a000-0000-7000-8000-000000000104");
    public static readonly Guid EveId = Guid.Parse("0193a000-0000-7000-8000-000000000105");

    /// <summary>Demo data only: these passwords work only where <c>DemoData:Enabled</c> seeded them.</summary>
    public const string AdminPassword = "graph-admin-demo-2026";

    public const string CustomerPassword = "graph-customer-demo-2026";

    public static IReadOnlyList<DemoPerson> All =>
    [
        new(AdminId, "admin@graph.local", "Graph Admin", AdminPassword, true, [], []),
        new(AliceId, "alice@graph.local", "Alice Schneider", CustomerPassword, false,
            [Home("Alice Schneider", "Torstraße 118", "Berlin", "10119", "DE"), Work("Alice Schneider", "Friedrichstraße 68", "Berlin", "10117", "DE")],
            [Card("pm_card_visa", "visa", "4242", 12, 2030), Card("pm_card_mastercard", "mastercard", "4444", 8, 2029)]),
        new(BobId, "bob@graph.local", "Bob Martin", CustomerPassword, false,
            [Home("Bob Martin", "221 Baker Street", "London", "NW1 6XE", "GB")],
            [Card("pm_card_chargeDeclined", "visa", "0002", 6, 2031)]),
        new(CarolId, "carol@graph.local", "Carol Nguyen", CustomerPassword, false,
            [Home("Carol Nguyen", "1600 Amphitheatre Pkwy", "Mountain View", "94043", "US", "CA"), Work("Carol Nguyen", "500 Howard St", "San Francisco", "94105", "US", "CA")],
            [Card("pm_card_authenticationRequired", "visa", "3184", 3, 2032), Card("pm_card_visa", "visa", "4242", 1, 2030)]),
        new(DaveId, "dave@graph.local", "Dave Rossi", CustomerPassword, false,
            [Home("Dave Rossi", "Via del Corso 12", "Roma", "00186", "IT"), Work("Dave Rossi", "Piazza Duomo 1", "Milano", "20121", "IT")],
            [Card("pm_card_mastercard", "mastercard", "4444", 11, 2028)]),
        new(EveId, "eve@graph.local", "Eve Dubois", CustomerPassword, false,
            [Home("Eve Dubois", "8 Rue de Rivoli", "Paris", "75004", "FR")],
            [Card("pm_card_visa", "visa", "4242", 9, 2031)]),
    ];

    private static Address Home(string recipient, string line1, string city, string postalCode, string country, string? region = null) =>
        new() { Recipient = recipient, Line1 = line1, City = city, PostalCode = postalCode, Country = country, Region = region };

    private static Address Work(string recipient, string line1, string city, string postalCode, string country, string? region = null) =>
        new() { Recipient = recipient, Line1 = line1, Line2 = "Reception", City = city, PostalCode = postalCode, Country = country, Region = region };

    private static PaymentMethod Card(string stripeId, string brand, string last4, int month, int year) =>
        new() { StripePaymentMethodId = stripeId, Brand = brand, Last4 = last4, ExpMonth = month, ExpYear = year };
}

/// <summary>One demo account with its addresses and payment methods.</summary>
public sealed record DemoPerson(
    Guid Id,
    string Email,
    string DisplayName,
    string Password,
    bool IsAdmin,
    IReadOnlyList<Address> Addresses,
    IReadOnlyList<PaymentMethod> PaymentMethods);
