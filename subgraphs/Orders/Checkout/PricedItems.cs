using Graph.Orders.Catalog;
using Graph.Orders.Domain;

namespace Graph.Orders.Checkout;

/// <summary>
/// The Catalog's current items for a set of cart lines, looked up outside any transaction, with the keys that were asked
/// for: an item the Catalog does not have is absent from <see cref="Items"/> but still counts as priced (it becomes a
/// <c>NotFoundError</c>), while a line added after the lookup is not covered and needs another lookup.
/// </summary>
internal sealed class PricedItems
{
    private readonly HashSet<(LineKind Kind, Guid Id)> _requested;

    private PricedItems(HashSet<(LineKind Kind, Guid Id)> requested, IReadOnlyDictionary<(LineKind Kind, Guid Id), CatalogItem> items)
    {
        _requested = requested;
        Items = items;
    }

    public IReadOnlyDictionary<(LineKind Kind, Guid Id), CatalogItem> Items { get; }

    public static async Task<PricedItems> FetchAsync(CatalogClient catalog, IEnumerable<CartLine> lines, CancellationToken cancellationToken)
    {
        var keys = lines.Select(l => (l.Kind, l.ItemId)).ToHashSet();
        return new PricedItems(keys, await catalog.GetItemsAsync(keys, cancellationToken).ConfigureAwait(false));
    }

    /// <summary>Whether every line's item was part of the lookup.</summary>
    public bool Covers(IEnumerable<CartLine> lines) => lines.All(l => _requested.Contains((l.Kind, l.ItemId)));
}
