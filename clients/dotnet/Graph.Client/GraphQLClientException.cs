using System.Net;

namespace Graph.Client;

/// <summary>A GraphQL request failed: the base of the client's exceptions.</summary>
public class GraphQLClientException : Exception
{
    public GraphQLClientException()
    {
    }

    public GraphQLClientException(string message)
        : base(message)
    {
    }

    public GraphQLClientException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}

/// <summary>The server answered with GraphQL errors; <see cref="Errors"/> carries each with its <c>extensions.code</c>.</summary>
public sealed class GraphQLResponseException : GraphQLClientException
{
    public GraphQLResponseException(IReadOnlyList<GraphQLClientError> errors)
        : base(errors.Count == 0 ? "The response has no data." : string.Join("; ", errors))
    {
        Errors = errors;
    }

    public IReadOnlyList<GraphQLClientError> Errors { get; }

    /// <summary>The first error's <c>extensions.code</c>, e.g. <c>AUTH_NOT_AUTHENTICATED</c>.</summary>
    public string? Code => Errors.Count > 0 ? Errors[0].Code : null;
}

/// <summary>The server answered without a GraphQL response (an HTTP error page, a proxy's 503 after the retries).</summary>
public sealed class GraphQLHttpException : GraphQLClientException
{
    public GraphQLHttpException(HttpStatusCode statusCode, string message)
        : base(message)
    {
        StatusCode = statusCode;
    }

    public HttpStatusCode StatusCode { get; }
}
