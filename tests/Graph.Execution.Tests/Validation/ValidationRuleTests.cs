using FluentAssertions;
using Xunit;

namespace Graph.Execution.Tests.Validation;

/// <summary>
/// Runs every case of <c>Validation/Cases/*.cases</c>: one file per rule of spec section 5, the spec's own examples
/// first, then graphql-js's test cases for the rule; each case lists the exact errors (message and locations).
/// </summary>
public sealed class ValidationRuleTests
{
    public static TheoryData<string, string> Cases()
    {
        var data = new TheoryData<string, string>();
        foreach (var testCase in ValidationCaseFile.LoadAll())
        {
            data.Add(testCase.File, testCase.Name);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Rule_Should_Report_Exactly_The_Expected_Errors(string file, string name)
    {
        var testCase = ValidationCaseFile.Load(Path.Combine(ValidationCaseFile.Directory, file)).Single(c => c.Name == name);

        var errors = ValidationHarness.Run(testCase);

        errors.Select(e => e.ToString()).Should().Equal(
            testCase.Errors.Select(e => e.ToString()),
            $"{testCase.File} \"{testCase.Name}\":\n{testCase.Document}");
    }
}
