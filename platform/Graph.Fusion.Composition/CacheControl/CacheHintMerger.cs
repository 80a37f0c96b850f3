namespace Graph.Fusion.Composition;

/// <summary>Merges the source schemas' cache hints per coordinate (<see cref="CacheHint.Stricter"/>).</summary>
internal static class CacheHintMerger
{
    public static IReadOnlyDictionary<string, CacheHint> Merge(IEnumerable<SourceSchema> schemas)
    {
        var merged = new Dictionary<string, CacheHint>(StringComparer.Ordinal);
        foreach (var (coordinate, hint) in schemas.SelectMany(s => s.CacheHints))
        {
            merged[coordinate] = merged.TryGetValue(coordinate, out var seen) ? CacheHint.Stricter(seen, hint) : hint;
        }

        return merged;
    }
}
