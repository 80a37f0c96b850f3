namespace Graph.Language;

/// <summary>
/// Where a node or token sits in its source. <see cref="Start"/> and <see cref="End"/> are
/// UTF-8 byte offsets (end exclusive); <see cref="Line"/> and <see cref="Column"/> are 1-based,
/// the column counted in UTF-16 code units as graphql-js reports it.
/// </summary>
public readonly record struct Location(int Start, int End, int Line, int Column)
{
    public override string ToString() => $"({Line}:{Column})";
}
