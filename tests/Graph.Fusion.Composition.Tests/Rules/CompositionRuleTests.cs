using FluentAssertions;
using Xunit;

namespace Graph.Fusion.Composition.Tests.Rules;

/// <summary>
/// Every rule of the Composite Schemas spec section 4, data-driven: the valid case reaches the rule's stage and does not
/// report its code; the invalid case reports it.
/// </summary>
public sealed class CompositionRuleTests
{
    public static TheoryData<RuleCase> Cases()
    {
        var data = new TheoryData<RuleCase>();
        foreach (var ruleCase in SourceSchemaCases.All.Concat(PreMergeCases.All).Concat(PostMergeCases.All))
        {
            data.Add(ruleCase);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void The_Valid_Case_Should_Reach_The_Rule_And_Not_Report_Its_Code(RuleCase ruleCase)
    {
        var result = ruleCase.Compose(ruleCase.Valid);

        result.Errors.Select(e => e.Code).Should().NotContain(ruleCase.Code, because: string.Join("\n", result.Errors));
        var stage = Stages.Of(ruleCase.Code);
        result.Errors.Where(e => e.Severity == CompositionSeverity.Error && Stages.Of(e.Code) < stage)
            .Should().BeEmpty("the valid case must reach the stage of {0}", ruleCase.Code);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void The_Invalid_Case_Should_Report_The_Rules_Code_Naming_The_Subgraphs(RuleCase ruleCase)
    {
        var result = ruleCase.Compose(ruleCase.Invalid);

        var error = result.Errors.FirstOrDefault(e => e.Code == ruleCase.Code);
        error.Should().NotBeNull(because: "found instead: " + string.Join("\n", result.Errors));
        error!.Subgraphs.Should().NotBeEmpty();
        error.Message.Should().Contain($"'{error.Subgraphs[0]}'");
    }

    [Fact]
    public void Every_Rule_Of_Section_4_Should_Have_A_Case()
    {
        var covered = SourceSchemaCases.All.Concat(PreMergeCases.All).Concat(PostMergeCases.All).Select(c => c.Code).ToHashSet();

        covered.Should().BeEquivalentTo(Stages.AllCodes);
    }
}
