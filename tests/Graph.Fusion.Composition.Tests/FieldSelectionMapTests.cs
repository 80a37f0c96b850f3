using FluentAssertions;
using Xunit;

namespace Graph.Fusion.Composition.Tests;

/// <summary>The FieldSelectionMap grammar of Appendix A and the selection the gateway fetches for it.</summary>
public sealed class FieldSelectionMapTests
{
    [Theory]
    [InlineData("id", "id")]
    [InlineData("book.title", "book { title }")]
    [InlineData("{ id: id, sku: sku }", "id sku")]
    [InlineData("{ id sku }", "id sku")]
    [InlineData("mediaById<Book>.isbn", "mediaById { ... on Book { isbn } }")]
    [InlineData("<Book>.id | <Movie>.id", "... on Book { id } ... on Movie { id }")]
    [InlineData("{ dimensions: { width: width(unit: IMPERIAL), height: height(unit: IMPERIAL) } }", "width(unit: IMPERIAL) height(unit: IMPERIAL)")]
    [InlineData("parts[{ id: id }]", "parts { id }")]
    public void A_Valid_Map_Should_Parse_Into_The_Selection_It_Needs(string map, string selection) =>
        SelectionText.FromPaths(FieldSelectionMap.Parse(map).AllPaths()).Should().Be(selection);

    [Theory]
    [InlineData("{ id ")]
    [InlineData("")]
    [InlineData("a.")]
    [InlineData("a(x: 1")]
    [InlineData("{ }")]
    [InlineData("<Book>")]
    public void An_Invalid_Map_Should_Be_Refused(string map) =>
        FieldSelectionMap.TryParse(map, out _).Should().BeFalse();

    [Fact]
    public void Alternatives_Should_Be_Separate_Path_Sets_And_Object_Fields_One_Conjunction()
    {
        FieldSelectionMap.Parse("<Book>.id | <Movie>.id").PathSets().Should().HaveCount(2);
        FieldSelectionMap.Parse("{ a: a, b: b }").PathSets().Should().ContainSingle().Which.Should().HaveCount(2);
    }
}
