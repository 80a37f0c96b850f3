namespace Graph.Language;

/// <summary>Prints syntax trees back to GraphQL source; the output re-parses to the same tree.</summary>
public static class SyntaxPrinter
{
    /// <summary>Indented output, identical to graphql-js 17's <c>print()</c>.</summary>
    public static string Print(SyntaxNode node)
    {
        ArgumentNullException.ThrowIfNull(node);
        return IndentedPrinter.Print(node);
    }

    /// <summary>
    /// Single-line output without ignored tokens, identical to graphql-js's
    /// <c>stripIgnoredCharacters(print(node))</c>: a space only where two tokens would otherwise merge.
    /// </summary>
    public static string PrintCompact(SyntaxNode node)
    {
        ArgumentNullException.ThrowIfNull(node);
        return CompactPrinter.Print(node);
    }

    /// <summary>Prints <paramref name="node"/> indented (default) or compact.</summary>
    public static string Print(this SyntaxNode node, bool indented) => indented ? Print(node) : PrintCompact(node);
}
