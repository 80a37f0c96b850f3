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

    /// <summary>Lone surrogates written as <c>&lt;U+D83D&gt;</c>, as js/parse-print.js does.</summary>
    public static string SpellLoneSurrogates(string text)
    {
        var builder = new System.Text.StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var paired = (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                || (char.IsLowSurrogate(c) && i > 0 && char.IsHighSurrogate(text[i - 1]));
            if (char.IsSurrogate(c) && !paired)
            {
                builder.Append("<U+").Append(((int)c).ToString("X", System.Globalization.CultureInfo.InvariantCulture)).Append('>');
            }
            else
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    public static GraphQLJsAnswer For(string kind, string source)
    {
        SyntaxNode node;
        try
        {
            node = Parse(kind, source);
        }
        catch (GraphQLSyntaxException e)
        {
            return new GraphQLJsAnswer(false, null, null, SpellLoneSurrogates(e.Message), e.Line, e.Column);
        }

        var compact = kind == "document" ? SyntaxPrinter.PrintCompact(node) : null;
        return new GraphQLJsAnswer(true, SyntaxPrinter.Print(node), compact, null, 0, 0);
    }
}
