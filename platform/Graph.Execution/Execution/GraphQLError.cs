using Graph.Language;

namespace Graph.Execution;

/// <summary>
/// One entry of a response's <c>errors</c> list (spec 7.1.2 "Errors"): a message, the locations in the document
/// it refers to, the response path of the field that failed (execution errors only) and extensions.
/// </summary>
public sealed class GraphQLError
{
    public GraphQLError(
        string message,
        IReadOnlyList<Location>? locations = null,
        IReadOnlyList<object>? path = null,
        IReadOnlyDictionary<string, object?>? extensions = null,
        Exception? exception = null)
    {
        ArgumentNullException.ThrowIfNull(message);
        Message = message;
        Locations = locations ?? [];
        Path = path;
        Extensions = extensions;
        Exception = exception;
    }

    public string Message { get; }

    /// <summary>Line and column of each syntax element the error refers to (spec 7.1.2); empty when none.</summary>
    public IReadOnlyList<Location> Locations { get; }

    /// <summary>The response path: names and list indices (spec 7.1.2); null for request errors.</summary>
    public IReadOnlyList<object>? Path { get; }

    /// <summary>Additional information (for example <c>code</c>); null when none.</summary>
    public IReadOnlyDictionary<string, object?>? Extensions { get; }

    /// <summary>The exception that caused this error, if any (never serialized).</summary>
    public Exception? Exception { get; }

    /// <summary>The <c>extensions.code</c> value, if any.</summary>
    public string? Code => Extensions is not null && Extensions.TryGetValue("code", out var code) ? code as string : null;

    public GraphQLError WithPath(IReadOnlyList<object>? path) => new(Message, Locations, path, Extensions, Exception);

    public GraphQLError WithLocations(IReadOnlyList<Location> locations) => new(Message, locations, Path, Extensions, Exception);

    public static IReadOnlyList<Location> LocationsOf(params SyntaxNode?[] nodes)
    {
        var locations = new List<Location>(nodes.Length);
        foreach (var node in nodes)
        {
            if (node?.Location is { } location)
            {
                locations.Add(location);
            }
        }

        return locations;
    }

    /// <summary>An error with the single extension <c>code</c>.</summary>
    public static GraphQLError WithCode(string message, string code, IReadOnlyList<Location>? locations = null) =>
        new(message, locations, null, new Dictionary<string, object?>(StringComparer.Ordinal) { ["code"] = code });

    public override string ToString() => Message;
}
