using System.Buffers;
using System.Text.Json;

namespace Graph.AspNetCore.Http;

/// <summary>The parameters of an HTTP request and the JSON document they point into (released after execution).</summary>
public sealed class HttpGraphQLRequest : IDisposable
{
    private readonly JsonBody? _body;

    public HttpGraphQLRequest(GraphQLRequest request, JsonBody? body)
    {
        Request = request;
        _body = body;
    }

    public GraphQLRequest Request { get; }

    public void Dispose() => _body?.Dispose();
}

/// <summary>
/// A request body parsed in place: a pooled copy of the bytes (the request pipe's memory goes back to Kestrel's
/// pool once read, and a JsonDocument over memory reads it for its whole life) and the document over it.
/// </summary>
public sealed class JsonBody : IDisposable
{
    private byte[]? _bytes;

    private JsonBody(byte[] bytes, JsonDocument document)
    {
        _bytes = bytes;
        Document = document;
    }

    public JsonDocument Document { get; }

    public static JsonBody Parse(ReadOnlySequence<byte> utf8, JsonDocumentOptions options)
    {
        var length = checked((int)utf8.Length);
        var bytes = ArrayPool<byte>.Shared.Rent(length);
        try
        {
            utf8.CopyTo(bytes);
            return new JsonBody(bytes, JsonDocument.Parse(bytes.AsMemory(0, length), options));
        }
        catch
        {
            ArrayPool<byte>.Shared.Return(bytes);
            throw;
        }
    }

    public void Dispose()
    {
        Document.Dispose();
        if (Interlocked.Exchange(ref _bytes, null) is { } bytes)
        {
            ArrayPool<byte>.Shared.Return(bytes);
        }
    }
}
