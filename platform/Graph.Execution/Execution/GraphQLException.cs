namespace Graph.Execution;

/// <summary>
/// Thrown by a resolver to report a field error with a chosen message and extensions (spec 7.1.2 "Errors").
/// The executor adds locations and path; <see cref="Code"/> becomes <c>extensions.code</c>.
/// </summary>
public class GraphQLException : Exception
{
    public GraphQLException()
        : this("Unexpected Execution Error")
    {
    }

    public GraphQLException(string message)
        : this(message, code: null)
    {
    }

    public GraphQLException(string message, Exception innerException)
        : base(message, innerException)
    {
        Extensions = new Dictionary<string, object?>(StringComparer.Ordinal);
    }

    public GraphQLException(string message, string? code, IReadOnlyDictionary<string, object?>? extensions = null)
        : base(message)
    {
        var all = new Dictionary<string, object?>(StringComparer.Ordinal);
        if (code is not null)
        {
            all["code"] = code;
        }

        if (extensions is not null)
        {
            foreach (var (key, value) in extensions)
            {
                all[key] = value;
            }
        }

        Extensions = all;
    }

    /// <summary>The error's <c>extensions</c>; <c>code</c> among them when given.</summary>
    public IReadOnlyDictionary<string, object?> Extensions { get; }

    public string? Code => Extensions.TryGetValue("code", out var code) ? code as string : null;
}

/// <summary>
/// A request error raised before execution starts (spec 7.1.2 "Request Errors"): the response has errors and no data.
/// </summary>
public sealed class GraphQLRequestException : Exception
{
    public GraphQLRequestException()
        : this([new GraphQLError("The request is invalid.")])
    {
    }

    public GraphQLRequestException(string message)
        : this([new GraphQLError(message)])
    {
    }

    public GraphQLRequestException(string message, Exception innerException)
        : base(message, innerException) => Errors = [new GraphQLError(message, exception: innerException)];

    public GraphQLRequestException(IReadOnlyList<GraphQLError> errors)
        : base(errors.Count > 0 ? errors[0].Message : "The request is invalid.") => Errors = errors;

    public IReadOnlyList<GraphQLError> Errors { get; }
}
