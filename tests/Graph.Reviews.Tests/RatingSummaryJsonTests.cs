using System.Text.Json;
using FluentAssertions;
using Graph.Reviews.Domain;
using Xunit;

namespace Graph.Reviews.Tests;

/// <summary>The entity cache's JSON of a rating summary (<see cref="RatingSummaryJsonConverter"/>).</summary>
public sealed class RatingSummaryJsonTests
{
    // What System.Text.Json's web defaults wrote for a summary before the converter: entries already cached stay readable.
    private const string WebDefaultsJson =
        """{"average":4.67,"count":3,"histogram":[{"rating":1,"count":0},{"rating":2,"count":0},{"rating":3,"count":0},{"rating":4,"count":1},{"rating":5,"count":2}]}""";

    private static readonly RatingSummary Summary = RatingSummary.From(new Dictionary<int, int> { [4] = 1, [5] = 2 });

    [Fact]
    public void A_Summary_Should_Be_Written_As_The_Web_Defaults_Wrote_It()
    {
        JsonSerializer.Serialize(Summary, JsonSerializerOptions.Web).Should().Be(WebDefaultsJson);
    }

    [Fact]
    public void A_Summary_Written_By_The_Web_Defaults_Should_Be_Read_Back()
    {
        var read = JsonSerializer.Deserialize<RatingSummary>(WebDefaultsJson, JsonSerializerOptions.Web);

        read.Should().BeEquivalentTo(Summary);
    }

    [Fact]
    public void A_Summary_Without_Reviews_Should_Round_Trip_With_A_Null_Average()
    {
        var empty = RatingSummary.From(new Dictionary<int, int>());

        var json = JsonSerializer.Serialize(empty, JsonSerializerOptions.Web);
        var read = JsonSerializer.Deserialize<RatingSummary>(json, JsonSerializerOptions.Web);

        json.Should().StartWith("""{"average":null,"count":0,""");
        read.Should().BeEquivalentTo(empty);
        read!.Histogram.Should().HaveCount(5).And.OnlyContain(bar => bar.Count == 0);
    }

    [Fact]
    public void Names_In_Another_Casing_Should_Be_Read_And_Unknown_Properties_Skipped()
    {
        const string json = """{"Count":1,"extra":{"nested":[1,2]},"Histogram":[{"Rating":5,"COUNT":1,"note":"x"}],"AVERAGE":5}""";

        var read = JsonSerializer.Deserialize<RatingSummary>(json, JsonSerializerOptions.Web);

        read.Should().BeEquivalentTo(new RatingSummary(5, 1, [new RatingCount(5, 1)]));
    }

    [Theory]
    [InlineData("""{"average":5,"count":1}""")]
    [InlineData("""{"average":5,"histogram":[]}""")]
    [InlineData("""{"average":5,"count":1,"histogram":[{"rating":5}]}""")]
    [InlineData("""{"average":5,"count":1,"histogram":{}}""")]
    [InlineData("""{"average":5,"count":1,"histogram":[{"rating":5,"count":1}""")]
    [InlineData("""[]""")]
    public void A_Malformed_Summary_Should_Fail_With_A_Json_Exception(string json)
    {
        var read = () => JsonSerializer.Deserialize<RatingSummary>(json, JsonSerializerOptions.Web);

        read.Should().Throw<JsonException>();
    }
}
