using FluentAssertions;

namespace Graph.Language.Tests;

/// <summary>
/// The lexer classifies a token's first byte through a table; every ASCII byte, alone and before a name, must lex as
/// the spec's rules say (spec 2.1: ignored tokens, punctuators, names, numbers, strings, comments).
/// </summary>
public sealed class ByteClassTests
{
    public static TheoryData<int> AsciiBytes()
    {
        var data = new TheoryData<int>();
        for (var code = 0; code < 128; code++)
        {
            data.Add(code);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(AsciiBytes))]
    public void Every_Ascii_Byte_Should_Start_The_Token_The_Spec_Gives_It(int code)
    {
        var source = new[] { (byte)code, (byte)' ', (byte)'n' };

        var (kind, error) = FirstToken(source);

        var expected = Expected((char)code);
        if (expected is null)
        {
            error.Should().NotBeNull(because: $"byte 0x{code:X2} starts no token");
        }
        else
        {
            error.Should().BeNull();
            kind.Should().Be(expected.Value);
        }
    }

    private static TokenKind? Expected(char c) => c switch
    {
        ' ' or '\t' or ',' or '\n' or '\r' => TokenKind.Name, // ignored: the name after it
        '#' => TokenKind.EndOfFile, // a comment runs to the end of the line
        '!' => TokenKind.Bang,
        '$' => TokenKind.Dollar,
        '&' => TokenKind.Ampersand,
        '(' => TokenKind.LeftParenthesis,
        ')' => TokenKind.RightParenthesis,
        ':' => TokenKind.Colon,
        '=' => TokenKind.Equal,
        '@' => TokenKind.At,
        '[' => TokenKind.LeftBracket,
        ']' => TokenKind.RightBracket,
        '{' => TokenKind.LeftBrace,
        '|' => TokenKind.Pipe,
        '}' => TokenKind.RightBrace,
        (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or '_' => TokenKind.Name,
        >= '0' and <= '9' => TokenKind.Int,
        _ => null, // '.', '"' (unterminated), '-' (no digit), control characters and the other symbols
    };

    private static (TokenKind Kind, GraphQLSyntaxException? Error) FirstToken(byte[] source)
    {
        try
        {
            var reader = new Utf8GraphQLReader(source);
            reader.MoveNext();
            return (reader.Kind, null);
        }
        catch (GraphQLSyntaxException exception)
        {
            return (default, exception);
        }
    }
}
