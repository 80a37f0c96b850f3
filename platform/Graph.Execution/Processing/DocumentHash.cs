using System.Security.Cryptography;
using System.Text;

namespace Graph.Execution.Processing;

/// <summary>The id of a document text in the operation cache: the lowercase hex SHA-256 of its UTF-8 bytes.</summary>
public static class DocumentHash
{
    public static string Compute(string document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var maxBytes = Encoding.UTF8.GetMaxByteCount(document.Length);
        var rented = maxBytes <= 4096 ? null : System.Buffers.ArrayPool<byte>.Shared.Rent(maxBytes);
        try
        {
            Span<byte> bytes = rented ?? stackalloc byte[maxBytes];
            var length = Encoding.UTF8.GetBytes(document, bytes);
            Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
            SHA256.HashData(bytes[..length], hash);
            return Convert.ToHexStringLower(hash);
        }
        finally
        {
            if (rented is not null)
            {
                System.Buffers.ArrayPool<byte>.Shared.Return(rented);
            }
        }
    }
}
