using System.Text.Json;
using System.Text.RegularExpressions;

namespace Graph.Fusion.Composition;

/// <summary>One manifest entry (docs/fusion.md "The manifest"): the subgraph's name, schema file and URL per environment.</summary>
public sealed record ManifestSubgraph(string Name, string SchemaPath, IReadOnlyDictionary<string, string> Urls);

/// <summary>
/// The composition manifest (<c>schema/subgraphs.json</c>): reads and checks it, and loads the source schemas it names
/// (paths relative to the manifest). Problems throw <see cref="ManifestException"/> with a message naming the entry.
/// </summary>
public sealed partial class CompositionManifest
{
    /// <summary>The largest manifest file accepted (64 KB).</summary>
    public const int MaxManifestBytes = 64 * 1024;

    private CompositionManifest(string directory, IReadOnlyList<ManifestSubgraph> subgraphs)
    {
        Directory = directory;
        Subgraphs = subgraphs;
    }

    /// <summary>The folder holding the manifest; schema paths and the outputs are relative to it.</summary>
    public string Directory { get; }

    public IReadOnlyList<ManifestSubgraph> Subgraphs { get; }

    public static CompositionManifest Load(string path)
    {
        var file = new FileInfo(path);
        if (!file.Exists)
        {
            throw new ManifestException($"The manifest '{path}' does not exist.");
        }

        if (file.Length > MaxManifestBytes)
        {
            throw new ManifestException($"The manifest '{path}' is {file.Length} bytes; at most {MaxManifestBytes} bytes are accepted.");
        }

        return Parse(File.ReadAllText(path), file.DirectoryName!);
    }

    public static CompositionManifest Parse(string json, string directory)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json);
        }
        catch (JsonException invalid)
        {
            throw new ManifestException($"The manifest is not valid JSON: {invalid.Message}");
        }

        using (document)
        {
            if (document.RootElement.ValueKind != JsonValueKind.Object
                || !document.RootElement.TryGetProperty("subgraphs", out var list) || list.ValueKind != JsonValueKind.Array)
            {
                throw new ManifestException("The manifest must be an object with a \"subgraphs\" array.");
            }

            var subgraphs = new List<ManifestSubgraph>();
            foreach (var entry in list.EnumerateArray())
            {
                var name = entry.ValueKind == JsonValueKind.Object && entry.TryGetProperty("name", out var n) && n.ValueKind == JsonValueKind.String ? n.GetString()! : null;
                if (name is null || !NamePattern().IsMatch(name))
                {
                    throw new ManifestException($"Manifest entry {subgraphs.Count}: \"name\" must be a lowercase identifier ([a-z][a-z0-9_]*).");
                }

                if (!entry.TryGetProperty("schema", out var schema) || schema.ValueKind != JsonValueKind.String)
                {
                    throw new ManifestException($"Manifest entry '{name}': \"schema\" must be the path of the schema file.");
                }

                var urls = new Dictionary<string, string>(StringComparer.Ordinal);
                if (entry.TryGetProperty("url", out var url) && url.ValueKind == JsonValueKind.Object)
                {
                    foreach (var environment in url.EnumerateObject().Where(e => e.Value.ValueKind == JsonValueKind.String))
                    {
                        urls[environment.Name] = environment.Value.GetString()!;
                    }
                }

                if (subgraphs.Exists(s => s.Name == name))
                {
                    throw new ManifestException($"Manifest entry '{name}' appears more than once.");
                }

                subgraphs.Add(new ManifestSubgraph(name, schema.GetString()!, urls));
            }

            if (subgraphs.Count > CompositionLimits.MaxSourceSchemas)
            {
                throw new ManifestException($"The manifest lists {subgraphs.Count} subgraphs; at most {CompositionLimits.MaxSourceSchemas} are accepted.");
            }

            return new CompositionManifest(directory, subgraphs);
        }
    }

    /// <summary>Reads every subgraph's schema file (refusing files over <see cref="CompositionLimits.MaxSdlBytes"/>).</summary>
    public IReadOnlyList<SourceSchema> LoadSourceSchemas()
    {
        var schemas = new List<SourceSchema>();
        foreach (var subgraph in Subgraphs)
        {
            var path = Path.Combine(Directory, subgraph.SchemaPath);
            var file = new FileInfo(path);
            if (!file.Exists)
            {
                throw new ManifestException($"The schema file '{subgraph.SchemaPath}' of subgraph '{subgraph.Name}' does not exist.");
            }

            if (file.Length > CompositionLimits.MaxSdlBytes)
            {
                throw new ManifestException($"The schema file '{subgraph.SchemaPath}' of subgraph '{subgraph.Name}' is {file.Length} bytes; at most {CompositionLimits.MaxSdlBytes} bytes are accepted.");
            }

            schemas.Add(SourceSchema.Parse(subgraph.Name, File.ReadAllText(path)));
        }

        return schemas;
    }

    [GeneratedRegex("^[a-z][a-z0-9_]*$")]
    private static partial Regex NamePattern();
}

/// <summary>The manifest or a file it names is missing or malformed.</summary>
public sealed class ManifestException(string message) : Exception(message);
