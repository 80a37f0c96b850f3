using System.Text.Json;
using Graph.Execution;

namespace Graph.Gateway.Caching;

/// <summary>
/// Takes the entity keys <see cref="CachePolicyAnalyzer"/> added (aliases <c>_gwc_&lt;Type&gt;</c>) out of a result:
/// returns the result as the client asked for it and the tags of the entities it contains (<c>Product:&lt;id&gt;</c>).
/// </summary>
public static class EntityTagCollector
{
    /// <summary>The data without the added keys; <paramref name="tags"/> receives <c>Type:key</c> for each entity found.</summary>
    public static ResultMap Strip(ResultMap data, ISet<string> tags)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(tags);
        return StripMap(data, tags);
    }

    private static ResultMap StripMap(ResultMap map, ISet<string> tags)
    {
        var kept = 0;
        for (var i = 0; i < map.Count; i++)
        {
            var key = map.KeyAt(i);
            if (key.StartsWith(CachePolicy.ReservedAliasPrefix, StringComparison.Ordinal))
            {
                if (TagValue(map.ValueAt(i)) is { } value)
                {
                    tags.Add(key[CachePolicy.ReservedAliasPrefix.Length..] + ":" + value);
                }
            }
            else
            {
                kept++;
            }
        }

        var result = new ResultMap(kept);
        var index = 0;
        for (var i = 0; i < map.Count; i++)
        {
            var key = map.KeyAt(i);
            if (!key.StartsWith(CachePolicy.ReservedAliasPrefix, StringComparison.Ordinal))
            {
                result.Set(index++, key, StripValue(map.ValueAt(i), tags));
            }
        }

        return result;
    }

    private static object? StripValue(object? value, ISet<string> tags) => value switch
    {
        ResultMap map => StripMap(map, tags),
        object?[] list => list.Select(item => StripValue(item, tags)).ToArray(),
        _ => value,
    };

    private static string? TagValue(object? value) => value switch
    {
        JsonElement { ValueKind: JsonValueKind.String } s => s.GetString(),
        JsonElement { ValueKind: JsonValueKind.Number } n => n.GetRawText(),
        string s => s,
        _ => null,
    };
}
