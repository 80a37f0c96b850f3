namespace Graph.Data.Tests;

/// <summary>Deterministic product rows with many ties on every non-unique key, nulls, and mixed-case names.</summary>
public static class Catalog
{
    private static readonly string[] Names = ["apple", "Banana", "cherry", "Äpfel", "banana", "Zucchini", "apple pie"];
    private static readonly DateTime Epoch = new(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc);

    /// <summary>A set name no other test uses.</summary>
    public static string NewSet() => Guid.NewGuid().ToString("N");

    public static Product Row(string set, int id) => new()
    {
        Id = id,
        Set = set,
        Name = Names[id % Names.Length],
        Rank = id % 4,
        Price = 10m + (id % 5) * 0.25m,
        CreatedAt = Epoch.AddHours(id % 7).AddTicks(id % 3 * 10),
        PublishedAt = new DateTimeOffset(Epoch.AddMinutes(id % 6), TimeSpan.Zero),
        Sku = new Guid(id * 7919, (short)(id % 3), (short)id, [(byte)(id % 5), 1, 2, 3, 4, 5, 6, 7]),
        Category = id % 3 == 0 ? null : "c" + (id % 4),
        Stock = id % 4 == 1 ? null : id % 5,
        Active = id % 2 == 0,
        Score = id % 5 * 0.5,
        Availability = (Availability)(id % 3),
        Serial = 10_000_000_000L + (id % 6),
    };

    /// <summary>Inserts rows <paramref name="from"/>..<paramref name="to"/> (inclusive) of the set.</summary>
    public static async Task SeedAsync(ShopDatabase database, string set, int from, int to)
    {
        await using var db = database.Open();
        db.Products.AddRange(Enumerable.Range(from, to - from + 1).Select(id => Row(set, id)));
        await db.SaveChangesAsync();
    }
}
