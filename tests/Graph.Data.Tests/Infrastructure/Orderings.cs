using Xunit;

namespace Graph.Data.Tests;

/// <summary>Orderings paged in the tests, by name (xunit theory data must be serializable); the last key is unique.</summary>
public static class Orderings
{
    private static readonly Dictionary<string, Func<IQueryable<Product>, IQueryable<Product>>> All = new(StringComparer.Ordinal)
    {
        ["id"] = q => q.OrderBy(p => p.Id),
        ["id desc"] = q => q.OrderByDescending(p => p.Id),
        ["rank, id"] = q => q.OrderBy(p => p.Rank).ThenBy(p => p.Id),
        ["rank desc, id"] = q => q.OrderByDescending(p => p.Rank).ThenBy(p => p.Id),
        ["name, id desc"] = q => q.OrderBy(p => p.Name).ThenByDescending(p => p.Id),
        ["name desc, rank, id"] = q => q.OrderByDescending(p => p.Name).ThenBy(p => p.Rank).ThenBy(p => p.Id),
        ["created desc, id"] = q => q.OrderByDescending(p => p.CreatedAt).ThenBy(p => p.Id),
        ["published, id"] = q => q.OrderBy(p => p.PublishedAt).ThenBy(p => p.Id),
        ["price desc, sku"] = q => q.OrderByDescending(p => p.Price).ThenBy(p => p.Sku),
        ["sku desc"] = q => q.OrderByDescending(p => p.Sku),
        ["active, score desc, id"] = q => q.OrderBy(p => p.Active).ThenByDescending(p => p.Score).ThenBy(p => p.Id),
        ["category, id"] = q => q.OrderBy(p => p.Category).ThenBy(p => p.Id),
        ["category desc, id"] = q => q.OrderByDescending(p => p.Category).ThenBy(p => p.Id),
        ["stock desc, id desc"] = q => q.OrderByDescending(p => p.Stock).ThenByDescending(p => p.Id),
        ["stock, category desc, id"] = q => q.OrderBy(p => p.Stock).ThenByDescending(p => p.Category).ThenBy(p => p.Id),
        ["availability desc, serial, id"] = q => q.OrderByDescending(p => p.Availability).ThenBy(p => p.Serial).ThenBy(p => p.Id),
    };

    public static TheoryData<string> Names => [.. All.Keys];

    public static IQueryable<Product> Apply(string name, IQueryable<Product> query) => All[name](query);
}
