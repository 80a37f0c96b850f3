namespace Graph.Reviews.DemoData;

/// <summary>
/// What the demo reviews are about: the Users demo customers (subgraphs/Users/DemoData/README.md, fixed ids) and 40
/// Catalog demo products named by SKU the way the Catalog's seeder does (<c>&lt;CAT&gt;-&lt;BRA&gt;-&lt;LINE&gt;</c>).
/// </summary>
public static class DemoReviews
{
    /// <summary>alice, bob, carol, dave and eve.</summary>
    public static readonly IReadOnlyList<Guid> Customers =
    [
        new("0193a000-0000-7000-8000-000000000101"),
        new("0193a000-0000-7000-8000-000000000102"),
        new("0193a000-0000-7000-8000-000000000103"),
        new("0193a000-0000-7000-8000-000000000104"),
        new("0193a000-0000-7000-8000-000000000105"),
    ];

    /// <summary>A product of the Catalog demo data: its SKU and what to call it in a review.</summary>
    public sealed record DemoProduct(string Sku, string Name, string Kind);

    private sealed record Range(string Slug, string Kind, string[] Brands, (string Model, string Code)[] Lines);

    private static readonly Range[] Ranges =
    [
        new("laptops", "laptop", ["Lumen", "Northwind", "Aerobyte", "Corvid"], [("Air 13", "AIR13"), ("Pro 14", "PRO14"), ("Gamer 16", "GAM16"), ("Flip 12", "FLP12")]),
        new("smartphones", "phone", ["Pixelon", "Orbit", "Nova", "Kestrel"], [("One", "ONE"), ("One Max", "MAX"), ("Lite", "LITE"), ("Fold", "FOLD")]),
        new("headphones", "pair of headphones", ["Sonora", "Bassline"], [("ANC 700", "ANC7"), ("Buds Pro", "BUDP"), ("Studio Monitor", "STUM"), ("Sport Loop", "SPLP")]),
    ];

    /// <summary>The 40 reviewed products, in a fixed order.</summary>
    public static IEnumerable<DemoProduct> Products() =>
        from range in Ranges
        from brand in range.Brands
        from line in range.Lines
        select new DemoProduct($"{range.Slug[..3].ToUpperInvariant()}-{brand[..3].ToUpperInvariant()}-{line.Code}", $"{brand} {line.Model}", range.Kind);

    /// <summary>A title and a text for a rating, varied by <paramref name="variant"/>.</summary>
    public static (string Title, string Body) Text(DemoProduct product, int rating, int variant)
    {
        string[][] titles =
        [
            ["Disappointed", "Would not buy again", "Not worth the money"],
            ["Below expectations", "Some real flaws", "Meh"],
            ["Does the job", "Decent, nothing special", "Okay for the price"],
            ["Very good", "Happy with it", "Solid choice"],
            ["Excellent", "Love it", "Best purchase this year"],
        ];
        string[][] bodies =
        [
            [$"My {product.Name} stopped working properly within a month. Support was slow to answer.", $"The {product.Kind} feels cheap and the battery drains far too fast."],
            [$"The {product.Name} is fine on paper, but the build quality let me down.", $"Usable, but I expected more from a {product.Kind} at this price."],
            [$"The {product.Name} does what it says. A few rough edges, nothing serious.", $"An average {product.Kind}: no surprises either way."],
            [$"Really pleased with the {product.Name}: quick, well made and easy to set up.", $"A very good {product.Kind}. One small gripe with the included accessories."],
            [$"The {product.Name} exceeded every expectation. I use it every day.", $"Simply the best {product.Kind} I have owned. Highly recommended."],
        ];
        var t = titles[rating - 1];
        var b = bodies[rating - 1];
        return (t[variant % t.Length], b[variant % b.Length]);
    }
}
