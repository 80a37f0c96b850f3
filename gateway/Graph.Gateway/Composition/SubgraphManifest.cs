using System.Text.Json;
using System.Text.RegularExpressions;

namespace Graph.Gateway.Composition;

/// <summary>
/// <c>schema/subgraphs.json</c> (docs/fusion.md "The manifest"): each subgraph's name, schema file and URL per
/// environment. The gateway needs only the URLs.
/// </summary>
public sealed partial class SubgraphManifest
{
    private SubgraphManifest(IReadOnlyList<SubgraphEntry> subgraphs) => Subgraphs = subgraphs;

    public IReadOnlyList<SubgraphEntry> Subgraphs { get; }

    /// <summary>Parses a manifest; throws <see cref="GatewayCompositionException"/> naming what is wrong.</summary>
    public static SubgraphManifest Parse(string json, string source)
    {
        ArgumentNullException.ThrowIfNull(json);
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, new JsonDocumentOptions { MaxDepth = 16 });
        }
        catch (JsonException error)
        {
            throw new GatewayCompositionException($"The manifest {source} is not valid JSON: {error.Message}");
        }

        using (document)
        {
            if (document.RootElement.ValueKind != JsonValueKind.Object
                || !document.RootElement.TryGetProperty("subgraphs", out var list)
                || list.ValueKind != JsonValueKind.Array)
            {
                throw new GatewayCompositionException($"The manifest {source} must be an object with a \"subgraphs\" array.");
            }

            var entries = new List<SubgraphEntry>();
            foreach (var item in list.EnumerateArray())
            {
                entries.Add(ReadEntry(item, source));
            }

            var duplicate = entries.GroupBy(e => e.Name, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
            return duplicate is null
                ? new SubgraphManifest(entries)
                : throw new GatewayCompositionException($"The manifest {source} names the subgraph '{duplicate.Key}' more than once.");
        }
    }

    /// <summary>
    /// The URL of every subgraph for <paramref name="environment"/>; an override by name wins (and may name a subgraph
    /// that has no URL for the environment). A subgraph without either is an error.
    /// </summary>
    public IReadOnlyDictionary<string, Uri> ResolveUrls(string environment, IReadOnlyDictionary<string, SubgraphOverride> overrides)
    {
        ArgumentNullException.ThrowIfNull(overrides);
        var urls = new Dictionary<string, Uri>(StringComparer.Ordinal);
        foreach (var entry in Subgraphs)
        {
            if (overrides.TryGetValue(entry.Name, out var over) && over.Url is { } overridden)
            {
                urls[entry.Name] = overridden;
            }
            else if (entry.Urls.TryGetValue(environment, out var url))
            {
                urls[entry.Name] = url;
            }
            else
            {
                throw new GatewayCompositionException(
                    $"The subgraph '{entry.Name}' has no URL for the environment '{environment}' (it has: {string.Join(", ", entry.Urls.Keys)}); set Fusion:Subgraphs:{entry.Name}:Url or Fusion:Environment.");
            }
        }

        foreach (var (name, over) in overrides)
        {
            if (!urls.ContainsKey(name) && over.Url is { } url)
            {
                urls[name] = url;
            }
        }

        return urls;
    }

    private static SubgraphEntry ReadEntry(JsonElement item, string source)
    {
        if (item.ValueKind != JsonValueKind.Object
            || !item.TryGetProperty("name", out var nameElement)
            || nameElement.ValueKind != JsonValueKind.String
            || nameElement.GetString() is not { } name
            || !NamePattern().IsMatch(name))
        {
            throw new GatewayCompositionException($"Every subgraph in {source} needs a \"name\" matching [a-z][a-z0-9_]*.");
        }

        var urls = new Dictionary<string, Uri>(StringComparer.Ordinal);
        if (item.TryGetProperty("url", out var urlMap) && urlMap.ValueKind == JsonValueKind.Object)
        {
            foreach (var property in urlMap.EnumerateObject())
            {
                urls[property.Name] = property.Value.ValueKind == JsonValueKind.String
                    && Uri.TryCreate(property.Value.GetString(), UriKind.Absolute, out var url)
                    && (url.Scheme == Uri.UriSchemeHttp || url.Scheme == Uri.UriSchemeHttps)
                        ? url
                        : throw new GatewayCompositionException($"The subgraph '{name}' in {source} has an invalid URL for '{property.Name}': an absolute http(s) URL is expected.");
            }
        }

        return new SubgraphEntry(name, urls);
    }

    [GeneratedRegex("^[a-z][a-z0-9_]*$", RegexOptions.CultureInvariant)]
    private static partial Regex NamePattern();
}

/// <summary>One manifest entry: the subgraph's name and its URL per environment.</summary>
public sealed record SubgraphEntry(string Name, IReadOnlyDictionary<string, Uri> Urls);

/// <summary>A composition the gateway cannot serve (missing file, bad manifest, invalid execution schema); the message says why.</summary>
public sealed class GatewayCompositionException(string message, Exception? inner = null) : Exception(message, inner);
