using FluentAssertions;
using Xunit;

namespace Graph.Fusion.Composition.Tests;

public sealed class LimitsTests
{
    [Fact]
    public void An_Sdl_Over_One_Megabyte_Should_Be_Refused_With_A_Clear_Error()
    {
        var huge = "type Query { a: Int }\n" + new string('#', CompositionLimits.MaxSdlBytes);

        var result = Compose.Schemas(("big", huge));

        result.IsSuccess.Should().BeFalse();
        result.Errors.Should().ContainSingle(e => e.Code == CompositionLimits.SourceSchemaTooLarge && e.Message.Contains("'big'"));
    }

    [Fact]
    public void More_Than_64_Source_Schemas_Should_Be_Refused_With_A_Clear_Error()
    {
        var schemas = Enumerable.Range(0, CompositionLimits.MaxSourceSchemas + 1).Select(i => ($"s{i}", $"type Query {{ f{i}: Int }}")).ToArray();

        var result = Compose.Schemas(schemas);

        result.Errors.Should().ContainSingle(e => e.Code == CompositionLimits.TooManySourceSchemas && e.Message.Contains("at most 64"));
    }

    [Fact]
    public void Exactly_64_Source_Schemas_Should_Compose()
    {
        var schemas = Enumerable.Range(0, CompositionLimits.MaxSourceSchemas).Select(i => ($"s{i}", $"type Query {{ f{i}: Int }}")).ToArray();

        Compose.Schemas(schemas).IsSuccess.Should().BeTrue();
    }

    [Fact]
    public void Errors_Should_Stop_Composition_After_Their_Stage_And_Warnings_Should_Not()
    {
        var warningOnly = Compose.Sdl("type Query { userById(id: ID!): User! @lookup } type User { id: ID! }");
        var error = Compose.Sdl("type Query { a: Missing }", "type Query { b: Int } type Other { x: Int }");

        warningOnly.IsSuccess.Should().BeTrue();
        warningOnly.Errors.Should().ContainSingle(e => e.Severity == CompositionSeverity.Warning);
        error.IsSuccess.Should().BeFalse();
        error.Errors.Select(e => e.Code).Should().Equal("INVALID_GRAPHQL");
    }
}
