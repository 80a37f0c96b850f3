using FluentAssertions;
using Graph.Execution.Tests.Support;
using Xunit;

namespace Graph.Execution.Tests.Execution;

/// <summary>
/// <c>IResolverContext.IsSelected</c>: a resolver sees which subfields the request selects under it, collected as
/// completion collects them (spec 6.3.2 CollectFields: fragments, type conditions, @skip and @include).
/// </summary>
public sealed class LookAheadTests
{
    private const string Sdl = """
        type Query { page: Page, node: Node, search: Hit, count: Int }
        type Page { totalCount: Int, items: [Item!]! }
        type Item implements Node { id: ID!, name: String }
        type Category implements Node { id: ID!, title: String }
        interface Node { id: ID! }
        union Hit = Item | Category
        """;

    [Fact]
    public async Task Direct_Subfields_Should_Be_Selected_And_Others_Not()
    {
        var executor = TestGraph.Executor(Sdl, b => b
            .BindResolver("Query", "page", ctx => new ValueTask<object?>(new Dictionary<string, object?>
            {
                ["totalCount"] = ctx.IsSelected("totalCount") ? 3 : null,
                ["items"] = ctx.IsSelected("items") ? Array.Empty<object>() : null,
            })), jsonResolvers: false);

        (await executor.RunJsonAsync("{ page { totalCount } }")).Should().Be("""{"data":{"page":{"totalCount":3}}}""");
        (await executor.RunJsonAsync("{ page { items { id } } }")).Should().Be("""{"data":{"page":{"items":[]}}}""");
        (await executor.RunJsonAsync("{ page { __typename } }")).Should().Be("""{"data":{"page":{"__typename":"Page"}}}""");
    }

    [Fact]
    public async Task Fragments_And_Conditional_Directives_Should_Count_As_Collection_Does()
    {
        var executor = TestGraph.Executor(Sdl, b => b
            .BindResolver("Query", "page", ctx => new ValueTask<object?>(new Dictionary<string, object?>
            {
                ["totalCount"] = ctx.IsSelected("totalCount") ? 1 : 0,
            })), jsonResolvers: false);
        const string fragment = "query($skip: Boolean!) { page { ...Counted } } fragment Counted on Page { totalCount @skip(if: $skip) }";

        (await executor.RunJsonAsync(fragment, variables: """{"skip":false}""")).Should().Be("""{"data":{"page":{"totalCount":1}}}""");
        (await executor.RunJsonAsync(fragment, variables: """{"skip":true}""")).Should().Be("""{"data":{"page":{}}}""");
        (await executor.RunJsonAsync("{ page { ... on Page { totalCount } } }")).Should().Be("""{"data":{"page":{"totalCount":1}}}""");
        (await executor.RunJsonAsync("{ page { ... @include(if: false) { totalCount } } }")).Should().Be("""{"data":{"page":{}}}""");
    }

    [Fact]
    public async Task Each_Response_Key_Should_See_Only_Its_Own_Selection()
    {
        var executor = TestGraph.Executor(Sdl, b => b
            .BindResolver("Query", "page", ctx => new ValueTask<object?>(new Dictionary<string, object?>
            {
                ["totalCount"] = ctx.IsSelected("totalCount") ? 1 : 0,
                ["items"] = Array.Empty<object>(),
            })), jsonResolvers: false);

        (await executor.RunJsonAsync("{ a: page { items { id } } b: page { totalCount } c: page { items { id } } c: page { totalCount } }"))
            .Should().Be("""{"data":{"a":{"items":[]},"b":{"totalCount":1},"c":{"items":[],"totalCount":1}}}""");
    }

    [Fact]
    public async Task Abstract_Fields_Should_Look_At_Every_Possible_Type_And_Leaves_Select_Nothing()
    {
        string? seenOnNode = null, seenOnHit = null, seenOnLeaf = null;
        var executor = TestGraph.Executor(Sdl, b => b
            .BindResolver("Query", "node", ctx =>
            {
                seenOnNode = $"{ctx.IsSelected("name")},{ctx.IsSelected("title")},{ctx.IsSelected("id")},{ctx.IsSelected("missing")}";
                return new ValueTask<object?>((object?)null);
            })
            .BindResolver("Query", "search", ctx =>
            {
                seenOnHit = $"{ctx.IsSelected("title")},{ctx.IsSelected("name")}";
                return new ValueTask<object?>((object?)null);
            })
            .BindResolver("Query", "count", ctx =>
            {
                seenOnLeaf = $"{ctx.IsSelected("count")}";
                return new ValueTask<object?>(1);
            }), jsonResolvers: false);

        (await executor.RunJsonAsync("{ node { id ... on Category { title } } search { ... on Category { title } } count }"))
            .Should().Be("""{"data":{"node":null,"search":null,"count":1}}""");

        seenOnNode.Should().Be("False,True,True,False");
        seenOnHit.Should().Be("True,False");
        seenOnLeaf.Should().Be("False");
    }
}
