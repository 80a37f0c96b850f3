using System.Security.Cryptography;
using System.Text;

namespace Graph.Catalog.DemoData;

/// <summary>
/// Name-based UUIDs (RFC 9562 version 5: SHA-1 of a namespace and a name), so demo rows have the same id on every
/// machine and other services' demo data can refer to them, e.g. <c>Product("sku:LAP-AERO-14-01")</c>.
/// </summary>
public static class DeterministicGuid
{
    /// <summary>The namespace of the catalog's demo data (itself a fixed random UUID).</summary>
    private static readonly Guid Namespace = new("5c1f6f7e-2b7d-4b0e-9d3a-6a8f2e4c9b11");

    public static Guid Product(string sku) => Create($"product:{sku}");

    public static Guid Category(string slug) => Create($"category:{slug}");

    public static Guid Coupon(int number) => Create($"coupon:{number}");

    public static Guid Offer(string key) => Create($"offer:{key}");

    public static Guid Create(string name)
    {
        Span<byte> namespaceBytes = stackalloc byte[16];
        Namespace.TryWriteBytes(namespaceBytes, bigEndian: true, out _);
        var nameBytes = Encoding.UTF8.GetBytes(name);
        var input = new byte[16 + nameBytes.Length];
        namespaceBytes.CopyTo(input);
        nameBytes.CopyTo(input, 16);
        Span<byte> hash = stackalloc byte[20];
        SHA1.HashData(input, hash);
        hash[6] = (byte)((hash[6] & 0x0F) | 0x50); // version 5
        hash[8] = (byte)((hash[8] & 0x3F) | 0x80); // RFC variant
        return new Guid(hash[..16], bigEndian: true);
    }
}
