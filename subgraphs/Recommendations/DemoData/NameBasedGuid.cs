using System.Security.Cryptography;
using System.Text;

namespace Graph.Recommendations.DemoData;

/// <summary>RFC 9562 version 5 UUIDs (SHA-1 of a namespace and a name), so demo rows have the same id on every machine.</summary>
public static class NameBasedGuid
{
    /// <summary>The Catalog demo data's namespace: <c>product:&lt;sku&gt;</c> names its products (subgraphs/Catalog/DemoData).</summary>
    public static readonly Guid CatalogNamespace = new("5c1f6f7e-2b7d-4b0e-9d3a-6a8f2e4c9b11");

    /// <summary>This service's own namespace for simulated shoppers and orders.</summary>
    public static readonly Guid RecommendationsNamespace = new("6f0c2a71-93d4-4e5b-8a17-c4e2b90d3f56");

    public static Guid CatalogProduct(string sku) => Create(CatalogNamespace, $"product:{sku}");

    public static Guid Create(Guid space, string name)
    {
        var nameBytes = Encoding.UTF8.GetBytes(name);
        var input = new byte[16 + nameBytes.Length];
        space.TryWriteBytes(input.AsSpan(0, 16), bigEndian: true, out _);
        nameBytes.CopyTo(input.AsSpan(16));
        var hash = SHA1.HashData(input);
        hash[6] = (byte)((hash[6] & 0x0F) | 0x50); // version 5
        hash[8] = (byte)((hash[8] & 0x3F) | 0x80); // RFC 9562 variant
        return new Guid(hash.AsSpan(0, 16), bigEndian: true);
    }
}
