namespace Graph.Fusion.Composition;

/// <summary>Merges the source schemas' cache hints per coordinate (<see cref="CacheHint.Stricter"/>).</summary>
internal static class CacheHintMerger
{
    /// <summary>
    /// The merged hints; with <paramref name="merged"/>, also <c>maxAge: 0</c> on each field of a hinted type that only
    /// source schemas without any hint resolve: a leaf field would otherwise inherit its parent's maxAge, and a
    /// subgraph that never opted into caching (e.g. a per-user count on <c>User</c>) must not be cached that way.
    /// </summary>
    public static IReadOnlyDictionary<string, CacheHint> Merge(IEnumerable<SourceSchema> schemas, MergedSchema? merged = null)
    {
        var sources = schemas.ToList();
        var hints = new Dictionary<string, CacheHint>(StringComparer.Ordinal);
        foreach (var (coordinate, hint) in sources.SelectMany(s => s.CacheHints))
        {
            hints[coordinate] = hints.TryGetValue(coordinate, out var seen) ? CacheHint.Stricter(seen, hint) : hint;
        }

        if (merged is null || hints.Count == 0)
        {
            return hints;
        }

        var optedIn = sources.Where(s => s.CacheHints.Count > 0).Select(s => s.Name).ToHashSet(StringComparer.Ordinal);
        foreach (var type in merged.Types.Values.Where(t => hints.ContainsKey(t.Name)))
        {
            foreach (var field in type.Fields.Where(f => f.Sources.Count > 0 && !hints.ContainsKey(type.Name + "." + f.Name)))
            {
                if (!field.Sources.Exists(s => optedIn.Contains(s.Schema)))
                {
                    hints[type.Name + "." + field.Name] = new CacheHint(0, false, false);
                }
            }
        }

        return hints;
    }
}
