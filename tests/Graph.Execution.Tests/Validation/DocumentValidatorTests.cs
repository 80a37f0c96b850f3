using FluentAssertions;
using Graph.Execution.Validation;
using Graph.Language;
using Xunit;

namespace Graph.Execution.Tests.Validation;

public sealed class DocumentValidatorTests
{
    private static readonly Graph.Types.Schema Schema = ValidationHarness.Schema("SpecSchema.graphql");

    [Fact]
    public void Valid_Document_Should_Have_No_Errors()
    {
        ValidationHarness.Validate(Schema, "query Q($c: DogCommand!) { dog { name doesKnowCommand(dogCommand: $c) ...F } } fragment F on Pet { name }")
            .Should().BeEmpty();
    }

    [Fact]
    public void Errors_Should_Carry_The_Rule_Code_And_Locations()
    {
        var errors = ValidationHarness.Validate(Schema, "{ dog { meowVolume } }");

        errors.Should().ContainSingle();
        errors[0].Code.Should().Be("FIELD_SELECTIONS");
        errors[0].Locations.Should().Equal(new ValidationLocation(1, 9));
        errors[0].Nodes.Should().ContainSingle().Which.Should().BeOfType<FieldNode>();
    }

    [Fact]
    public void Validation_Should_Stop_At_The_Error_Limit()
    {
        var document = "{ " + string.Join(" ", Enumerable.Range(0, 150).Select(i => $"unknown{i}")) + " }";

        var errors = ValidationHarness.Validate(Schema, document);

        errors.Should().HaveCount(101);
        errors[^1].Message.Should().Be("Too many validation errors, error limit reached. Validation aborted.");
        errors[^1].Code.Should().Be("VALIDATION_ERROR_LIMIT");
        errors[^1].Locations.Should().BeEmpty();
    }

    [Fact]
    public void Error_Limit_Should_Be_Configurable()
    {
        var errors = ValidationHarness.Validate(Schema, "{ a b c d }", options: new ValidationOptions { MaxErrors = 2 });

        errors.Select(e => e.Code).Should().Equal("FIELD_SELECTIONS", "FIELD_SELECTIONS", "VALIDATION_ERROR_LIMIT");
    }

    [Fact]
    public void Hidden_Suggestions_Should_Leave_Out_Did_You_Mean()
    {
        var errors = ValidationHarness.Validate(Schema, "{ dog { nam } }", options: new ValidationOptions { HideSuggestions = true });

        errors.Select(e => e.Message).Should().Equal("Cannot query field \"nam\" on type \"Dog\".");
    }

    [Fact]
    public void Nested_Fragment_Merging_Should_Not_Compare_Exponentially_Many_Pairs()
    {
        // Each fragment spreads the next twice under different aliases: comparing them naively is exponential.
        var fragments = Enumerable.Range(0, 40).Select(i =>
            $"fragment F{i} on Dog {{ a{i}: owner {{ pets {{ ... on Dog {{ ...F{i + 1} }} }} }} b{i}: owner {{ pets {{ ... on Dog {{ ...F{i + 1} }} }} }} }}");
        var document = "{ dog { ...F0 } } " + string.Join(" ", fragments) + " fragment F40 on Dog { name }";

        // A naive comparison would not finish (2^40 pairs); finishing at all is the check, with no clock involved.
        var errors = ValidationHarness.Validate(Schema, document);

        errors.Should().NotContain(e => e.Code == "FIELD_SELECTION_MERGING");
    }

    [Fact]
    public void Specified_Rules_Should_Be_In_Spec_Order_With_Unique_Codes()
    {
        var rules = SpecifiedRules.All.Select(create => create()).ToList();

        rules.Should().HaveCount(30);
        rules.Select(r => r.Code).Should().OnlyHaveUniqueItems();
        rules.Select(r => r.Code).Should().OnlyContain(c => c.All(ch => char.IsUpper(ch) || ch == '_'));
        var readme = File.ReadAllText(Path.Combine(Graph.Testing.RepositoryPaths.Root, "platform", "Graph.Execution", "Validation", "README.md"));
        var readmeOrder = rules.Select(r => readme.IndexOf($"`{r.GetType().Name}`", StringComparison.Ordinal)).ToList();
        readmeOrder.Should().OnlyContain(i => i >= 0).And.BeInAscendingOrder();
        foreach (var rule in rules)
        {
            readme.Should().Contain($"`{rule.Code}`");
        }
    }

    [Fact]
    public void Every_Rule_Should_Have_A_Cases_File()
    {
        var files = ValidationCaseFile.LoadAll().Select(c => c.Rule).ToHashSet();

        files.Should().BeEquivalentTo(SpecifiedRules.All.Select(create => create().GetType().Name));
    }

    [Theory]
    [InlineData("dgo", "dog,cat,god,do,dog1", "do,dog,dog1,god")]
    [InlineData("name", "nickname,names,Name,nam", "Name,nam,names")]
    [InlineData("x", "y,xx,abc", "xx,y")]
    public void Suggestions_Should_Match_GraphqlJs_SuggestionList(string input, string options, string expected)
    {
        Suggestions.List(input, options.Split(',')).Should().Equal(expected.Split(','));
    }

    [Fact]
    public void Natural_Compare_Should_Order_Digit_Runs_By_Value()
    {
        new[] { "a10", "a2", "a1", "b", "a02" }.Order(Comparer<string>.Create(Suggestions.NaturalCompare))
            .Should().Equal("a02", "a1", "a2", "a10", "b");
    }

    [Fact]
    public void Did_You_Mean_Should_List_At_Most_Five()
    {
        Suggestions.DidYouMean(["a"]).Should().Be(" Did you mean \"a\"?");
        Suggestions.DidYouMean(["a", "b"]).Should().Be(" Did you mean \"a\" or \"b\"?");
        Suggestions.DidYouMean("the enum value", ["a", "b", "c", "d", "e", "f"]).Should().Be(" Did you mean the enum value \"a\", \"b\", \"c\", \"d\", or \"e\"?");
        Suggestions.DidYouMean([]).Should().BeEmpty();
    }
}
