namespace Graph.Language;

/// <summary>Limits and switches for <see cref="Parser"/>; limits fail fast with a <see cref="GraphQLSyntaxException"/>.</summary>
public sealed record ParserOptions
{
    /// <summary>Defaults for requests (executable documents): 15,000 tokens, depth 128.</summary>
    public static readonly ParserOptions Default = new();

    /// <summary>For schema files (SDL): no token limit, so a multi-megabyte SDL document parses; depth 128.</summary>
    public static readonly ParserOptions TypeSystem = new() { MaxTokens = int.MaxValue };

    /// <summary>
    /// Maximum number of lexical tokens (ignored tokens not counted), as graphql-js's <c>maxTokens</c>:
    /// <c>Document contains more than N tokens. Parsing aborted.</c>
    /// </summary>
    public int MaxTokens { get; init; } = 15_000;

    /// <summary>
    /// Maximum nesting of selection sets, list and object values and list types:
    /// <c>Document contains more than N nested levels. Parsing aborted.</c>
    /// </summary>
    public int MaxDepth { get; init; } = 128;

    /// <summary>Skip <see cref="Location"/>s on nodes (graphql-js <c>noLocation</c>).</summary>
    public bool NoLocations { get; init; }
}
