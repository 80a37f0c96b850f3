using FluentAssertions;
using Xunit.Abstractions;

namespace Graph.Language.Tests;

/// <summary>
/// Our parser, printer and compact printer against graphql-js 17.1.0 on the same inputs:
/// printed output (indented and stripped of ignored characters) or syntax error message and location.
/// </summary>
public sealed class DifferentialTests(ITestOutputHelper output)
{
    [Theory]
    [InlineData("syntax-errors")]
    [InlineData("hand-written")]
    [InlineData("generated")]
    public void Group_Should_Agree_With_GraphQLJs(string group)
    {
        var cases = DifferentialCorpus.Cases.Where(c => c.Group == group).ToArray();
        var specOverGraphQLJs = cases.Count(c => !c.Agrees && c.IsSpecOverGraphQLJs);
        var disagreements = cases.Where(c => !c.Agrees && !c.IsSpecOverGraphQLJs).ToArray();

        output.WriteLine(
            $"{group}: {cases.Count(c => c.Agrees)} of {cases.Length} agree with graphql-js, "
            + $"{specOverGraphQLJs} differ where we follow the specification, {disagreements.Length} disagree");
        foreach (var c in disagreements.Take(10))
        {
            output.WriteLine($"--- {c.Kind}: {c.Source}\n js:   {c.Js}\n ours: {c.Ours}");
        }

        cases.Should().NotBeEmpty();
        disagreements.Length.Should().Be(0, "every case should agree; the first: {0}", disagreements.FirstOrDefault());
    }

    [Fact]
    public void Generated_Corpus_Should_Hold_Valid_And_Invalid_Documents()
    {
        var generated = DifferentialCorpus.Cases.Where(c => c.Group == "generated").ToArray();

        generated.Count(c => c.Js.Ok).Should().BeGreaterThan(500);
        generated.Count(c => !c.Js.Ok).Should().BeGreaterThan(500);
    }

    [Fact]
    public void Spec_Should_Win_Where_GraphQLJs_Accepts_More()
    {
        // graphql-js 17 parses directives on directive definitions and `extend directive`;
        // Appendix C has neither, so we report a syntax error where graphql-js succeeds.
        var cases = DifferentialCorpus.Cases.Where(c => c.Group == "spec-over-graphql-js").ToArray();

        cases.Should().NotBeEmpty();
        cases.Should().OnlyContain(c => c.Js.Ok && !c.Ours.Ok);
    }
}
