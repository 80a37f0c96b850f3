namespace Graph.Fusion.Composition;

/// <summary>How serious a composition finding is: errors stop composition after their stage, warnings do not.</summary>
public enum CompositionSeverity
{
    Error,
    Warning,
}

/// <summary>
/// A finding of composition: <see cref="Code"/> is the Composite Schemas spec's error code (section 4, e.g.
/// <c>KEY_INVALID_FIELDS</c>); <see cref="Message"/> names the subgraphs and schema coordinates involved.
/// </summary>
public sealed record CompositionError(string Code, string Message, CompositionSeverity Severity, IReadOnlyList<string> Subgraphs)
{
    public override string ToString() => $"{Code}: {Message}";
}

/// <summary>The outcome of <see cref="SchemaComposer.Compose"/>: the findings and, when no error was found, the composed schema.</summary>
public sealed record CompositionResult(IReadOnlyList<CompositionError> Errors, ComposedSchema? ComposedSchema)
{
    /// <summary>True when composition produced a schema (warnings may still be present).</summary>
    public bool IsSuccess => ComposedSchema is not null;
}
