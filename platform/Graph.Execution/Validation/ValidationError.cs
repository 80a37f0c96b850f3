using Graph.Language;

namespace Graph.Execution.Validation;

/// <summary>A line and column (1-based, column in UTF-16 code units) in the validated document.</summary>
public readonly record struct ValidationLocation(int Line, int Column)
{
    public override string ToString() => $"({Line}:{Column})";
}

/// <summary>
/// A request error found by validation (spec 5, reported per spec 7.1.2 "Errors"): the message, the locations of the
/// nodes involved in the order graphql-js lists them, and a stable <see cref="Code"/> (<c>extensions.code</c>) naming
/// the rule that failed. Codes are listed in the Validation folder's README.
/// </summary>
public sealed record ValidationError(string Message, IReadOnlyList<ValidationLocation> Locations, string Code)
{
    /// <summary>The syntax nodes the error points at (empty for the error-limit and abort errors).</summary>
    public IReadOnlyList<SyntaxNode> Nodes { get; init; } = [];

    public static ValidationError FromNodes(string message, string code, IReadOnlyList<SyntaxNode> nodes)
    {
        var locations = new List<ValidationLocation>(nodes.Count);
        foreach (var node in nodes)
        {
            if (node.Location is { } location)
            {
                locations.Add(new ValidationLocation(location.Line, location.Column));
            }
        }

        return new ValidationError(message, locations, code) { Nodes = nodes };
    }

    public override string ToString() =>
        Locations.Count == 0 ? Message : $"{Message} {string.Join(", ", Locations)}";
}
