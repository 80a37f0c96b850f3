namespace Graph.AspNetCore.Http;

/// <summary>The media types of GraphQL over HTTP ("Media Types"), always in UTF-8 ("Body": the server SHOULD indicate the encoding).</summary>
public static class GraphQLMediaTypes
{
    public const string GraphQLResponseJson = "application/graphql-response+json";

    public const string Json = "application/json";

    public const string GraphQLResponseJsonUtf8 = "application/graphql-response+json; charset=utf-8";

    public const string JsonUtf8 = "application/json; charset=utf-8";

    /// <summary>JSON Lines: the answer to a variable batch, one GraphQL response per line (docs/fusion.md "Variable batching").</summary>
    public const string JsonLines = "application/jsonl";

    public const string JsonLinesUtf8 = "application/jsonl; charset=utf-8";
}

/// <summary>The media type a response is written in, chosen from the request's <c>Accept</c> header.</summary>
public enum ResponseMediaType
{
    /// <summary>Nothing the client accepts can be produced (406).</summary>
    None,

    /// <summary><c>application/graphql-response+json</c>: the spec's status codes.</summary>
    GraphQLResponseJson,

    /// <summary><c>application/json</c> for legacy clients: 200 for every well-formed GraphQL response.</summary>
    Json,
}
