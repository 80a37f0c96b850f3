using System.Text.Json;
using FluentAssertions;
using Graph.Execution;
using Graph.Gateway.Caching;
using Xunit;

namespace Graph.Gateway.Tests.Caching;

/// <summary>The added entity keys become tags and leave the response.</summary>
public sealed class EntityTagCollectorTests
{
    [Fact]
    public void Added_Keys_Should_Become_Tags_And_Be_Removed_From_The_Data()
    {
        var owner = Map(("name", Json("\"Ada\"")), ("_gwc_User", Json("\"u1\"")));
        var product = Map(("name", Json("\"Lamp\"")), ("owner", owner), ("_gwc_Product", Json("\"p1\"")));
        var other = Map(("name", Json("\"Desk\"")), ("_gwc_Product", Json("42")));
        var data = Map(("product", product), ("list", new object?[] { other, null }));
        var tags = new HashSet<string>();

        var stripped = EntityTagCollector.Strip(data, tags);

        tags.Should().BeEquivalentTo("Product:p1", "User:u1", "Product:42");
        new OperationResult(stripped).ToJson().Should().Be("""{"data":{"product":{"name":"Lamp","owner":{"name":"Ada"}},"list":[{"name":"Desk"},null]}}""");
    }

    [Fact]
    public void Variables_Should_Key_The_Same_In_Any_Member_Order()
    {
        using var a = JsonDocument.Parse("""{"b":1,"a":{"y":[1,{"d":2,"c":3}],"x":null}}""");
        using var b = JsonDocument.Parse("""{"a":{"x":null,"y":[1,{"c":3,"d":2}]},"b":1}""");

        CacheKey.CanonicalVariables(a.RootElement, null).Should().Be(CacheKey.CanonicalVariables(b.RootElement, null));
        CacheKey.CanonicalVariables(null, null).Should().Be("{}");
        CacheKey.Compute("c", "o", null, "{}", "roles:").Should().NotBe(CacheKey.Compute("c", "o", null, "{}", "user:1"));
    }

    private static JsonElement Json(string text) => JsonDocument.Parse(text).RootElement.Clone();

    private static ResultMap Map(params (string Key, object? Value)[] entries)
    {
        var map = new ResultMap(entries.Length);
        for (var i = 0; i < entries.Length; i++)
        {
            map.Set(i, entries[i].Key, entries[i].Value);
        }

        return map;
    }
}
