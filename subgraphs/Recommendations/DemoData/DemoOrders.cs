namespace Graph.Recommendations.DemoData;

/// <summary>
/// Simulated order history for <c>./graph up</c> with planted co-purchase patterns, over Catalog demo products named by
/// SKU as the Catalog's seeder names them (<c>&lt;CAT&gt;-&lt;BRA&gt;-&lt;LINE&gt;</c>). Shoppers are four of the Users
/// demo customers (alice, bob, carol, dave; eve has no history, to show the cold start) and 40 simulated shoppers that
/// exist only here. Everything but the purchase times follows from the shopper's number.
/// </summary>
public static class DemoOrders
{
    /// <summary>alice, bob, carol and dave (subgraphs/Users/DemoData/README.md).</summary>
    public static readonly IReadOnlyList<Guid> DemoCustomers =
    [
        new("0193a000-0000-7000-8000-000000000101"),
        new("0193a000-0000-7000-8000-000000000102"),
        new("0193a000-0000-7000-8000-000000000103"),
        new("0193a000-0000-7000-8000-000000000104"),
    ];

    public const int SimulatedShoppers = 40;

    /// <summary>A simulated order: its id, shopper, products, hours before seeding it was paid, and whether refunded.</summary>
    public sealed record DemoOrder(Guid OrderId, Guid UserId, IReadOnlyList<Guid> Products, int HoursAgo, bool Refunded);

    private static readonly string[] Laptops = Skus("laptops", ["Lumen", "Northwind", "Aerobyte", "Corvid"], ["AIR13", "PRO14", "GAM16", "FLP12"]);
    private static readonly string[] Phones = Skus("smartphones", ["Pixelon", "Orbit", "Nova", "Kestrel"], ["ONE", "MAX", "LITE", "FOLD"]);
    private static readonly string[] Headphones = Skus("headphones", ["Sonora", "Bassline", "Quietude", "Auralis"], ["ANC7", "BUDP", "STUM", "SPLP"]);
    private static readonly string[] Cameras = Skus("cameras", ["Optika", "Lumina", "Fotek", "Stratos"], ["M50", "CPX", "ACT4", "INST"]);

    /// <summary>
    /// The planted patterns: bundle i is laptop i, headphones i and camera i (bought together by every shopper of the
    /// bundle); pair i is phone i with headphones 8 + i.
    /// </summary>
    public static IReadOnlyList<string[]> Bundles { get; } = Enumerable.Range(0, 8).Select(i => new[] { Laptops[i], Headphones[i], Cameras[i] }).ToList();

    public static IReadOnlyList<string[]> Pairs { get; } = Enumerable.Range(0, 8).Select(i => new[] { Phones[i], Headphones[8 + i] }).ToList();

    /// <summary>Every demo order.</summary>
    public static IEnumerable<DemoOrder> Orders()
    {
        var shoppers = DemoCustomers.Concat(Enumerable.Range(0, SimulatedShoppers)
            .Select(n => NameBasedGuid.Create(NameBasedGuid.RecommendationsNamespace, $"shopper:{n}"))).ToList();
        for (var s = 0; s < shoppers.Count; s++)
        {
            var user = shoppers[s];
            var bundle = Bundles[s % Bundles.Count];
            // Shoppers of one bundle (s = bundle + 8k) pick different pairs, so no pair rivals the bundle itself.
            var pair = Pairs[(s + (s / Bundles.Count)) % Pairs.Count];
            var noise = Phones[(s * 5 + 1) % Phones.Length];
            string[][] baskets = [[bundle[0], bundle[1]], [bundle[2], .. pair], [noise]];
            for (var k = 0; k < baskets.Length; k++)
            {
                // Spread over 45 days so DAY, WEEK and MONTH trend differently.
                var hoursAgo = 1 + ((s * 11) + (k * 29)) % (45 * 24);
                yield return new DemoOrder(OrderId(s, k), user, baskets[k].Select(NameBasedGuid.CatalogProduct).ToList(), hoursAgo, Refunded: false);
            }

            if (s % 7 == 0)
            {
                // A refunded order: it must not count (what a shopper returned is no signal).
                yield return new DemoOrder(OrderId(s, baskets.Length), user, [NameBasedGuid.CatalogProduct(Cameras[(s + 9) % Cameras.Length])], 5, Refunded: true);
            }
        }
    }

    private static Guid OrderId(int shopper, int order) => NameBasedGuid.Create(NameBasedGuid.RecommendationsNamespace, $"order:{shopper}:{order}");

    private static string[] Skus(string category, string[] brands, string[] lines) =>
        (from brand in brands from line in lines select $"{category[..3].ToUpperInvariant()}-{brand[..3].ToUpperInvariant()}-{line}").ToArray();
}
