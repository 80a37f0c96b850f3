using System.Security.Cryptography;
using System.Text;

namespace Graph.Reviews.DemoData;

/// <summary>RFC 9562 version 5 UUIDs (SHA-1 of a namespace and a name): the way the demo data of every service names its rows.</summary>
public static class NameBasedGuid
{
    /// <summary>The Catalog demo data's namespace (subgraphs/Catalog/DemoData): <c>product:&lt;sku&gt;</c> names its products.</summary>
    public static readonly Guid CatalogNamespace = new("5c1f6f7e-2b7d-4b0e-9d3a-6a8f2e4c9b11");

    /// <summary>This service's own namespace for demo reviews.</summary>
    public static readonly Guid ReviewsNamespace = new("b3e1d9a4-7c52-4f08-a6e3-2d9f41c7e805");

    /// <summary>The id the Catalog's demo data gives the product of <paramref name="sku"/>.</summary>
    public static Guid CatalogProduct(string sku) => Create(CatalogNamespace, $"product:{sku}");

    public static Guid Create(Guid space, string name)
    {
        var nameBytes = Encoding.UTF8.GetBytes(name);
        var input = new byte[16 + nameBytes.Length];
        space.TryWriteBytes(input.AsSpan(0, 16), bigEndian: true, out _);
        nameBytes.CopyTo(input.AsSpan(16));
        var hash = SHA1.HashData(input);
        hash[6] = (byte)((hash[6] & 0x0F) | 0x50);
        hash[8] = (byte)((hash[8] & 0x3F) | 0x80);
        return new Guid(hash.AsSpan(0, 16), bigEndian: true);
    }
}
