namespace Graph.Types.Tests;

public sealed class SchemaValidationTests
{
    public static TheoryData<ValidationCase> Cases()
    {
        var data = new TheoryData<ValidationCase>();
        foreach (var validationCase in SchemaValidationCases.All)
        {
            data.Add(validationCase);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Schema_Should_Report_Exactly_The_Expected_Errors(ValidationCase validationCase)
    {
        SchemaTestHelpers.Errors(validationCase.Sdl).Should().BeEquivalentTo(validationCase.Errors);
    }

    [Fact]
    public void Errors_Should_Match_GraphQLJs_Messages()
    {
        var cases = SchemaValidationCases.All.Where(c => c.SameAsGraphQLJs).ToArray();
        var answers = GraphQLJs.BuildAndPrint(cases.Select(c => c.Sdl).ToArray());
        for (var i = 0; i < cases.Length; i++)
        {
            answers[i].Errors.Should().BeEquivalentTo(cases[i].Errors, $"graphql-js agrees on \"{cases[i].Rule}\"");
        }
    }

    [Fact]
    public void Exception_Should_List_Every_Error_With_Its_Location()
    {
        var exception = FluentActions.Invoking(() => SchemaTestHelpers.Build("type Query { a: Foo b: Bar }"))
            .Should().Throw<SchemaValidationException>().Which;

        exception.Errors.Select(e => e.Message).Should().Equal("Unknown type \"Foo\".", "Unknown type \"Bar\".");
        exception.Errors[0].Locations.Should().ContainSingle().Which.Should().Match<Location>(l => l.Line == 1 && l.Column == 17);
        exception.Message.Should().Contain("2 errors").And.Contain("Unknown type \"Bar\".");
    }

    [Fact]
    public void Code_First_Schema_Should_Be_Validated_Like_Sdl()
    {
        var builder = new SchemaBuilder()
            .AddObjectType("Query", q => q.Field("a", "Int").Implements("Node"))
            .AddInterfaceType("Node", n => n.Field("id", "ID!"));

        FluentActions.Invoking(builder.Build).Should().Throw<SchemaValidationException>()
            .Which.Errors.Select(e => e.Message).Should().Equal("Interface field Node.id expected but Query does not provide it.");
    }
}
