namespace Graph.AspNetCore.Http;

/// <summary>
/// Keys of what the HTTP transport puts into a request's <c>ContextData</c>, which resolvers read
/// (<c>context.ContextData[GraphQLHttpContextData.HttpContext]</c>).
/// </summary>
public static class GraphQLHttpContextData
{
    /// <summary>The request's <see cref="Microsoft.AspNetCore.Http.HttpContext"/>.</summary>
    public const string HttpContext = "HttpContext";

    /// <summary>
    /// The request's <c>extensions</c> map (GraphQLOverHTTP.md "Request Parameters") as an
    /// <c>IReadOnlyDictionary&lt;string, object?&gt;</c> of <c>JsonElement</c>s; absent when the request has none.
    /// Also passed as <c>OperationRequest.Extensions</c>, which the executor does not surface to resolvers.
    /// </summary>
    public const string RequestExtensions = "RequestExtensions";
}
