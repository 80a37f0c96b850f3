using System.Text.Json;
using FluentAssertions;
using Graph.Fusion.Execution.Execution;
using Xunit;

namespace Graph.Fusion.Execution.Tests;

public sealed class FieldSelectionMapTests
{
    private static readonly MergedView Entity = MergedView.Of(JsonElement.Parse("""
        {"__fusion_id":"1","__fusion_sku":"a","__fusion_dimensions":{"weight":3},"__fusion_parts":[{"id":"x"},{"id":"y"}],"__fusion_region":null}
        """));

    [Theory]
    [InlineData("id", "\"1\"")]
    [InlineData("dimensions.weight", "3")]
    [InlineData("{ id: id, sku }", "{\"id\":\"1\",\"sku\":\"a\"}")]
    [InlineData("region | sku", "\"a\"")]
    [InlineData("parts[id]", "[\"x\",\"y\"]")]
    [InlineData("parts[{ key: id }]", "[{\"key\":\"x\"},{\"key\":\"y\"}]")]
    public void A_Map_Should_Compute_The_Argument_From_The_Entity(string map, string expected)
    {
        FieldSelectionMap.Parse(map).Evaluate(Entity)!.ToJsonString().Should().Be(expected);
    }

    [Theory]
    [InlineData("id", "\"1\"")]
    [InlineData("dimensions.weight", "3")]
    [InlineData("dimensions", "{\"weight\":3}")]
    [InlineData("{ id: id, sku }", "{\"id\":\"1\",\"sku\":\"a\"}")]
    [InlineData("region | sku", "\"a\"")]
    [InlineData("parts[id]", "[\"x\",\"y\"]")]
    public void A_Lookup_Key_Should_Be_Written_As_The_Computed_Argument(string map, string expected)
    {
        var key = FieldSelectionMap.Parse(map).EvaluateKey(Entity);

        key.IsNull.Should().BeFalse();
        var buffer = new System.Buffers.ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            key.WriteTo(writer);
        }

        System.Text.Encoding.UTF8.GetString(buffer.WrittenSpan).Should().Be(expected);
    }

    [Theory]
    [InlineData("region")]
    [InlineData("missing.weight")]
    [InlineData("region | missing")]
    public void A_Lookup_Key_Without_A_Value_Should_Be_Null(string map)
    {
        FieldSelectionMap.Parse(map).EvaluateKey(Entity).IsNull.Should().BeTrue();
    }

    [Fact]
    public void A_Malformed_Map_Should_Be_Rejected_With_Its_Text()
    {
        var act = () => FieldSelectionMap.Parse("{ id: }");
        act.Should().Throw<FusionSchemaException>().WithMessage("*'{ id: }'*");
    }
}
