using System.Diagnostics;
using System.Text;
using FluentAssertions;

namespace Graph.Language.Tests;

/// <summary>Limits against hostile input fail fast with a clear syntax error; large SDL parses.</summary>
public sealed class LimitsTests
{
    [Fact]
    public void Default_Options_Should_Reject_More_Than_15000_Tokens()
    {
        var source = "{ " + string.Join(" ", Enumerable.Repeat("a", 20_000)) + " }";

        var act = () => Parser.Parse(source);

        var error = act.Should().Throw<GraphQLSyntaxException>().Which;
        error.Message.Should().Be("Syntax Error: Document contains more than 15000 tokens. Parsing aborted.");
        error.Column.Should().Be(3 + (2 * 14_999));
    }

    [Fact]
    public void MaxTokens_Should_Be_Configurable()
    {
        var act = () => Parser.Parse("{ a b c }", new ParserOptions { MaxTokens = 4 });

        act.Should().Throw<GraphQLSyntaxException>().WithMessage("Syntax Error: Document contains more than 4 tokens. Parsing aborted.");
        Parser.Parse("{ a b }", new ParserOptions { MaxTokens = 4 }).Definitions.Should().HaveCount(1);
    }

    [Theory]
    [InlineData("{ f(a: \"x\") }", 5, 8)]
    [InlineData("{ f(a: 12) }", 5, 8)]
    [InlineData("{ f(a: -1.5) }", 5, 8)]
    [InlineData("{ ...F }", 1, 3)]
    [InlineData("{ f(a: \"\"\"x\"\"\") }", 5, 8)]
    [InlineData("{\r\n  f\r\n  g }", 2, 3)]
    [InlineData("{ # comment\n  f }", 1, 3)]
    public void The_Token_Past_MaxTokens_Should_Be_Reported_Whatever_Its_Kind(string source, int maxTokens, int column)
    {
        var act = () => Parser.Parse(source, new ParserOptions { MaxTokens = maxTokens });

        var error = act.Should().Throw<GraphQLSyntaxException>().Which;
        error.Message.Should().Be($"Syntax Error: Document contains more than {maxTokens} tokens. Parsing aborted.");
        error.Column.Should().Be(column);
    }

    [Fact]
    public void A_Look_Ahead_Past_A_Description_Should_Not_Count_Against_MaxTokens()
    {
        // The token after a description is read ahead to tell definitions apart; the error about it wins, as it does
        // when the limit is not reached.
        var act = () => Parser.Parse("\"description\" { a }", new ParserOptions { MaxTokens = 1 });

        act.Should().Throw<GraphQLSyntaxException>()
            .WithMessage("Syntax Error: Unexpected description, descriptions are not supported on shorthand queries.");
        Parser.Parse("\"description\" query { a }", new ParserOptions { MaxTokens = 5 }).Definitions.Should().HaveCount(1);
        var tooMany = () => Parser.Parse("\"description\" query { a }", new ParserOptions { MaxTokens = 4 });
        tooMany.Should().Throw<GraphQLSyntaxException>().WithMessage("Syntax Error: Document contains more than 4 tokens. Parsing aborted.");
    }

    [Theory]
    [InlineData("{", "a {", "}")]
    [InlineData("{ f(a: ", "[", "]")]
    [InlineData("{ f(a: ", "{b: ", "}")]
    [InlineData("query ($v: ", "[", "]")]
    public void Nesting_Deeper_Than_MaxDepth_Should_Fail_Fast(string prefix, string open, string close)
    {
        var source = prefix + string.Concat(Enumerable.Repeat(open, 100_000)) + "x" + string.Concat(Enumerable.Repeat(close, 100_000));
        var act = () => Parser.Parse(source, new ParserOptions { MaxTokens = int.MaxValue });

        act.Should().Throw<GraphQLSyntaxException>().WithMessage("Syntax Error: Document contains more than 128 nested levels. Parsing aborted.");
    }

    [Theory]
    [InlineData("{", "a {", "}")]
    [InlineData("{ f(a: ", "[", "]")]
    [InlineData("{ f(a: ", "{b: ", "}")]
    [InlineData("query ($v: ", "[", "]")]
    public void Nesting_Without_A_Depth_Limit_Should_Fail_Before_The_Stack_Overflows(string prefix, string open, string close)
    {
        // The stack probe runs every few levels only; on a thread with a small stack it must still stop the parse
        // with a syntax error (a stack overflow would end the test process).
        var source = prefix + string.Concat(Enumerable.Repeat(open, 200_000)) + "x" + string.Concat(Enumerable.Repeat(close, 200_000));
        Exception? failure = null;
        var thread = new Thread(
            () =>
            {
                try
                {
                    Parser.Parse(source, new ParserOptions { MaxTokens = int.MaxValue, MaxDepth = int.MaxValue });
                }
                catch (Exception exception)
                {
                    failure = exception;
                }
            },
            maxStackSize: 256 * 1024);

        thread.Start();
        thread.Join();

        failure.Should().BeOfType<GraphQLSyntaxException>().Which.Message.Should().Contain("nested levels. Parsing aborted.");
    }

    [Fact]
    public void MaxDepth_Should_Allow_Exactly_The_Limit()
    {
        var options = new ParserOptions { MaxDepth = 3 };

        Parser.Parse("{ a { b { c } } }", options).Definitions.Should().HaveCount(1);
        var act = () => Parser.Parse("{ a { b { c { d } } } }", options);
        act.Should().Throw<GraphQLSyntaxException>().Which.Column.Should().Be(13);
    }

    [Fact]
    public void A_One_Megabyte_Sdl_Should_Parse_With_TypeSystem_Options()
    {
        var sdl = new StringBuilder();
        for (var i = 0; sdl.Length < 1_048_576; i++)
        {
            sdl.Append($"\"\"\"\nType {i} description.\n\"\"\"\ntype Type{i} implements Node @key(fields: \"id\") {{\n")
               .Append($"  id: ID!\n  name(locale: String = \"en\"): String @deprecated(reason: \"no\")\n  items(first: Int = 10): [Item{i}!]!\n}}\n\n");
        }

        var document = Parser.Parse(sdl.ToString(), ParserOptions.TypeSystem);

        document.Definitions.Count.Should().BeGreaterThan(3000);
        var act = () => Parser.Parse(sdl.ToString());
        act.Should().Throw<GraphQLSyntaxException>().WithMessage("*more than 15000 tokens*");
    }
}
