namespace Graph.Language.Tests;

/// <summary>Our parser and printers on one input, in the shape graphql-js answers.</summary>
public static class OurAnswer
{
    /// <summary>Limits out of the way: graphql-js has none by default.</summary>
    public static readonly ParserOptions Unlimited = new() { MaxTokens = int.MaxValue, MaxDepth = 100_000 };

    public static SyntaxNode Parse(string kind, string source, ParserOptions? options = null) => kind switch
    {
        "document" => Parser.Parse(source, options ?? Unlimited),
        "value" => Parser.ParseValue(source, options ?? Unlimited),
        "constValue" => Parser.ParseConstValue(source, options ?? Unlimited),
        "type" => Parser.ParseType(source, options ?? Unlimited),
        "coordinate" => Parser.ParseSchemaCoordinate(source),
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    public static GraphQLJsAnswer For(string kind, string source)
    {
        SyntaxNode node;
        try
        {
            node = Parse(kind, source);
        }
        catch (GraphQLSyntaxException e)
        {
            return new GraphQLJsAnswer(false, null, null, e.Message, e.Line, e.Column);
        }

        var compact = kind == "document" ? SyntaxPrinter.PrintCompact(node) : null;
        return new GraphQLJsAnswer(true, SyntaxPrinter.Print(node), compact, null, 0, 0);
    }
}
