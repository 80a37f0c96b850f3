namespace Graph.Execution.Validation;

/// <summary>Options of one <see cref="DocumentValidator"/> run.</summary>
public sealed record ValidationOptions
{
    /// <summary>The default options: graphql-js's error limit of 100 and suggestions on.</summary>
    public static ValidationOptions Default { get; } = new();

    /// <summary>
    /// Validation stops after this many errors and appends "Too many validation errors, error limit reached.
    /// Validation aborted." (as graphql-js's <c>maxErrors</c>, default 100).
    /// </summary>
    public int MaxErrors { get; init; } = 100;

    /// <summary>Leaves out "Did you mean ...?" suggestions (as graphql-js's <c>hideSuggestions</c>), for example in production.</summary>
    public bool HideSuggestions { get; init; }
}
