using System.Text;
using System.Text.Json;

namespace Graph.Client;

/// <summary>Reads GraphQL responses (GraphQL over HTTP, section "Response") into <see cref="GraphQLResult{TData}"/>.</summary>
internal static class ResponseReader
{
    public static async Task<GraphQLResult<TData>> ReadResultAsync<TData>(HttpResponseMessage response, int maxBytes, CancellationToken cancellationToken)
        where TData : class
    {
        var mediaType = response.Content.Headers.ContentType?.MediaType;
        var body = await ReadLimitedAsync(response.Content, maxBytes, cancellationToken).ConfigureAwait(false);
        if (mediaType is not ("application/graphql-response+json" or "application/json"))
        {
            throw new GraphQLHttpException(response.StatusCode,
                $"The server answered {(int)response.StatusCode} with '{mediaType ?? "no content type"}', not a GraphQL response: {Excerpt(body)}");
        }

        try
        {
            return ParseResult<TData>(body);
        }
        catch (GraphQLClientException) when (!response.IsSuccessStatusCode)
        {
            throw new GraphQLHttpException(response.StatusCode, $"The server answered {(int)response.StatusCode}: {Excerpt(body)}");
        }
    }

    /// <summary>A GraphQL response object: <c>errors</c> as <see cref="GraphQLClientError"/>s, <c>data</c> as <typeparamref name="TData"/>.</summary>
    public static GraphQLResult<TData> ParseResult<TData>(ReadOnlyMemory<byte> json)
        where TData : class
    {
        try
        {
            using var document = JsonDocument.Parse(json);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object || (!root.TryGetProperty("data", out _) && !root.TryGetProperty("errors", out _)))
            {
                throw new GraphQLClientException($"Not a GraphQL response (no data, no errors): {Excerpt(json)}");
            }

            var errors = new List<GraphQLClientError>();
            if (root.TryGetProperty("errors", out var list) && list.ValueKind == JsonValueKind.Array)
            {
                foreach (var error in list.EnumerateArray())
                {
                    errors.Add(GraphQLClientError.From(error));
                }
            }

            var data = root.TryGetProperty("data", out var d) && d.ValueKind == JsonValueKind.Object
                ? d.Deserialize<TData>(GraphQLSerializer.Options)
                : null;
            return new GraphQLResult<TData>(data, errors);
        }
        catch (JsonException invalid)
        {
            throw new GraphQLClientException($"The response does not match the generated {typeof(TData).Name}: {invalid.Message}", invalid);
        }
    }

    private static async Task<byte[]> ReadLimitedAsync(HttpContent content, int maxBytes, CancellationToken cancellationToken)
    {
        if (content.Headers.ContentLength > maxBytes)
        {
            throw new GraphQLClientException($"The response of {content.Headers.ContentLength} bytes exceeds the limit of {maxBytes}.");
        }

        var stream = await content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        await using (stream.ConfigureAwait(false))
        {
            using var buffer = new MemoryStream();
            var chunk = new byte[16 * 1024];
            int read;
            while ((read = await stream.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
            {
                if (buffer.Length + read > maxBytes)
                {
                    throw new GraphQLClientException($"The response exceeds the limit of {maxBytes} bytes.");
                }

                buffer.Write(chunk, 0, read);
            }

            return buffer.ToArray();
        }
    }

    private static string Excerpt(ReadOnlyMemory<byte> body)
    {
        var text = Encoding.UTF8.GetString(body.Span[..Math.Min(body.Length, 300)]);
        return body.Length > 300 ? text + "…" : text;
    }
}
