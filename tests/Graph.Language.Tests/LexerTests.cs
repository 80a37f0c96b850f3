using System.Text;
using FluentAssertions;

namespace Graph.Language.Tests;

/// <summary>Spec 2.1 lexical rules and 2.9.4 string values, checked through the parsed values.</summary>
public sealed class LexerTests
{
    private static StringValueNode StringArgument(string literal)
    {
        var document = Parser.Parse("{ f(a: " + literal + ") }");
        var field = (FieldNode)((OperationDefinitionNode)document.Definitions[0]).SelectionSet.Selections[0];
        return (StringValueNode)field.Arguments[0].Value;
    }

    [Theory]
    // Spec 2.9.4 example: uniform indentation and blank first/last lines removed.
    [InlineData("\"\"\"\n    Hello,\n      World!\n\n    Yours,\n      GraphQL.\n  \"\"\"", "Hello,\n  World!\n\nYours,\n  GraphQL.")]
    [InlineData("\"\"\"\"\"\"", "")]
    [InlineData("\"\"\"   \n  \n\"\"\"", "")]
    [InlineData("\"\"\"  first line keeps its indent\n    second\"\"\"", "  first line keeps its indent\nsecond")]
    [InlineData("\"\"\"\n\t\ttabs\n\t\t\tcount\n\"\"\"", "tabs\n\tcount")]
    [InlineData("\"\"\"a\r\n  b\r  c\n\"\"\"", "a\nb\nc")]
    [InlineData("\"\"\"escaped \\\"\"\" quotes\"\"\"", "escaped \"\"\" quotes")]
    [InlineData("\"\"\"no \\n escapes \\u0041\"\"\"", "no \\n escapes \\u0041")]
    [InlineData("\"\"\"\n  short\n    \n  lines\n\"\"\"", "short\n  \nlines")]
    public void Block_String_Should_Apply_BlockStringValue(string literal, string expected)
    {
        var value = StringArgument(literal);

        value.Value.Should().Be(expected);
        value.Block.Should().BeTrue();
    }

    [Theory]
    [InlineData("\"\\\" \\\\ \\/ \\b \\f \\n \\r \\t\"", "\" \\ / \b \f \n \r \t")]
    [InlineData("\"\\u0041\\u00e9\\u2615\"", "Aé☕")]
    [InlineData("\"\\u{41}\\u{1F600}\\u{10FFFF}\"", "A😀\U0010FFFF")]
    [InlineData("\"\\uD83D\\uDE00\"", "😀")]
    [InlineData("\"raw é ☕ 😀\"", "raw é ☕ 😀")]
    [InlineData("\"control \u0001 allowed\"", "control \u0001 allowed")]
    public void String_Should_Resolve_Escapes_And_Unicode(string literal, string expected)
    {
        StringArgument(literal).Value.Should().Be(expected);
    }

    [Fact]
    public void Locations_Should_Count_Lines_And_Utf16_Columns()
    {
        var document = Parser.Parse("\uFEFF# café ☕ 😀\r\n{ a(b: \"😀\") c\n  d }");
        var selections = ((OperationDefinitionNode)document.Definitions[0]).SelectionSet.Selections;

        selections[0].Location.Should().Be(new Location(23, 35, 2, 3));
        selections[1].Location!.Value.Column.Should().Be(14);
        selections[2].Location!.Value.Line.Should().Be(3);
        selections[2].Location!.Value.Column.Should().Be(3);
    }

    [Fact]
    public void Locations_Should_Continue_After_A_Multiline_Block_String()
    {
        var document = Parser.Parse("{ a(b: \"\"\"x\n  é\"\"\") c }");
        var selections = ((OperationDefinitionNode)document.Definitions[0]).SelectionSet.Selections;

        selections[1].Location!.Value.Line.Should().Be(2);
        selections[1].Location!.Value.Column.Should().Be(9);
    }

    [Fact]
    public void Byte_Input_Should_Parse_Without_A_String()
    {
        var document = Parser.Parse("{ product(id: \"é\") { name } }"u8);

        document.Print(indented: false).Should().Be("{product(id:\"é\"){name}}");
        Parser.Parse(new ReadOnlyMemory<byte>(Encoding.UTF8.GetBytes("{ a }"))).Definitions.Should().HaveCount(1);
    }

    [Theory]
    [InlineData(new byte[] { (byte)'{', 0xFF, (byte)'}' }, "Syntax Error: Invalid character: 0xFF.", 2)]
    [InlineData(new byte[] { (byte)'"', 0xC3, (byte)'"' }, "Syntax Error: Invalid character within String: 0xC3.", 2)]
    [InlineData(new byte[] { (byte)'"', 0xED, 0xA0, 0x80, (byte)'"' }, "Syntax Error: Invalid character within String: U+D800.", 2)]
    [InlineData(new byte[] { (byte)'#', 0xC0, 0x80 }, "Syntax Error: Invalid character: 0xC0.", 2)]
    public void Ill_Formed_Utf8_Should_Be_A_Syntax_Error(byte[] source, string message, int column)
    {
        var act = () => Parser.Parse(source);

        var error = act.Should().Throw<GraphQLSyntaxException>().Which;
        (error.Message, error.Column).Should().Be((message, column));
    }

    [Fact]
    public void Names_Should_Be_Materialised_Once_Per_Distinct_Name()
    {
        var document = Parser.Parse("{ id a { id } b { id } }");
        var selections = ((OperationDefinitionNode)document.Definitions[0]).SelectionSet.Selections.Cast<FieldNode>().ToArray();
        var nested = selections[1].SelectionSet!.Selections.Cast<FieldNode>().Single();

        ReferenceEquals(selections[0].Name.Value, nested.Name.Value).Should().BeTrue();
    }
}
