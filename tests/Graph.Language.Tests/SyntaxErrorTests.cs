using FluentAssertions;

namespace Graph.Language.Tests;

/// <summary>Each syntax error case as data: message, line and column (graphql-js style).</summary>
public sealed class SyntaxErrorTests
{
    public static TheoryData<SyntaxErrorCase> Cases() => new(SyntaxErrorCases.All.Concat(SyntaxErrorCases.SpecOverGraphQLJs));

    [Theory]
    [MemberData(nameof(Cases))]
    public void Parse_Should_Report_Message_And_Location(SyntaxErrorCase expected)
    {
        var act = () => OurAnswer.Parse(expected.Kind, expected.Source);

        var error = act.Should().Throw<GraphQLSyntaxException>().Which;
        (error.Message, error.Line, error.Column).Should().Be((expected.Message, expected.Line, expected.Column));
    }
}
