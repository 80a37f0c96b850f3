using System.Text.Json;
using FluentAssertions;
using Graph.Catalog.Tests.Support;
using Xunit;

namespace Graph.Catalog.Tests;

/// <summary>
/// <c>searchProducts</c> on PostgreSQL full-text search. Each test plants products carrying a word of its own, so the
/// demo data and other tests' products never match.
/// </summary>
[Collection(CatalogServiceCollection.Name)]
public sealed class SearchTests(CatalogServiceFixture service)
{
    private const string Search =
        """
        query($text: String, $filter: ProductFilterInput, $order: ProductSearchOrder!, $first: Int, $after: String, $last: Int, $before: String) {
          searchProducts(text: $text, filter: $filter, order: $order, first: $first, after: $after, last: $last, before: $before) {
            edges { cursor node { id name brand price { amount } } }
            pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
          }
        }
        """;

    private readonly CatalogApi _api = new(service);

    [Fact]
    public async Task Relevance_Should_Rank_A_Match_In_The_Name_Above_The_Brand_Above_The_Description()
    {
        var word = CatalogApi.UniqueWord("lumo");
        var category = await _api.CreateCategoryAsync("Relevance");
        var inDescription = await _api.CreateProductAsync("Plain lamp", "Acme", 10m, category, $"A lamp in the {word} style.");
        var inName = await _api.CreateProductAsync($"{word} lamp", "Acme", 10m, category);
        var inBrand = await _api.CreateProductAsync("Desk lamp", $"{word}", 10m, category);

        var ids = Ids(await SearchAsync(new { text = word, order = "RELEVANCE", first = 10 }));

        ids.Should().Equal(Id(inName), Id(inBrand), Id(inDescription));
    }

    [Fact]
    public async Task Search_Text_Should_Support_Phrases_And_Exclusions()
    {
        var word = CatalogApi.UniqueWord("vexo");
        var category = await _api.CreateCategoryAsync("Web search syntax");
        var red = await _api.CreateProductAsync($"{word} red kettle", "Acme", 10m, category);
        await _api.CreateProductAsync($"{word} blue kettle", "Acme", 10m, category);

        Ids(await SearchAsync(new { text = $"{word} -blue", order = "RELEVANCE", first = 10 })).Should().Equal(Id(red));
        Ids(await SearchAsync(new { text = $"\"{word} red\"", order = "RELEVANCE", first = 10 })).Should().Equal(Id(red));
    }

    [Fact]
    public async Task Every_Filter_Should_Hold_For_Every_Result()
    {
        var word = CatalogApi.UniqueWord("filt");
        var root = await _api.CreateCategoryAsync("Filter root");
        var child = await _api.CreateCategoryAsync("Filter child", root);
        var other = await _api.CreateCategoryAsync("Filter other");
        var cheapInRoot = await _api.CreateProductAsync($"{word} one", "Northwind", 5m, root);
        var midInChild = await _api.CreateProductAsync($"{word} two", "Northwind", 50m, child, stock: 0);
        var dearInOther = await _api.CreateProductAsync($"{word} three", "Contoso", 500m, other);

        Ids(await SearchAsync(new { text = word, filter = new { categoryId = root }, order = "NAME", first = 10 }))
            .Should().BeEquivalentTo([Id(cheapInRoot), Id(midInChild)], "the category filter includes subcategories");
        Ids(await SearchAsync(new { text = word, filter = new { brand = "contoso" }, order = "NAME", first = 10 }))
            .Should().Equal(Id(dearInOther));
        Ids(await SearchAsync(new { text = word, filter = new { priceMin = "10", priceMax = "100.00" }, order = "NAME", first = 10 }))
            .Should().Equal(Id(midInChild));
        Ids(await SearchAsync(new { text = word, filter = new { inStock = true }, order = "NAME", first = 10 }))
            .Should().BeEquivalentTo([Id(cheapInRoot), Id(dearInOther)]);
        Ids(await SearchAsync(new { text = word, filter = new { inStock = false }, order = "NAME", first = 10 }))
            .Should().Equal(Id(midInChild));
        Ids(await SearchAsync(new { filter = new { categoryId = child }, order = "NAME", first = 10 }))
            .Should().Equal([Id(midInChild)], "without text the filters alone select");
    }

    [Fact]
    public async Task Each_Order_Should_Sort_The_Results()
    {
        var word = CatalogApi.UniqueWord("ordr");
        var category = await _api.CreateCategoryAsync("Orders");
        var b = await _api.CreateProductAsync($"{word} Bravo", "Acme", 30m, category);
        var a = await _api.CreateProductAsync($"{word} Alpha", "Acme", 20m, category);
        var c = await _api.CreateProductAsync($"{word} Charlie", "Acme", 10m, category);

        Ids(await SearchAsync(new { text = word, order = "PRICE_ASC", first = 10 })).Should().Equal(Id(c), Id(a), Id(b));
        Ids(await SearchAsync(new { text = word, order = "PRICE_DESC", first = 10 })).Should().Equal(Id(b), Id(a), Id(c));
        Ids(await SearchAsync(new { text = word, order = "NAME", first = 10 })).Should().Equal(Id(a), Id(b), Id(c));
        Ids(await SearchAsync(new { text = word, order = "NEWEST", first = 10 })).Should().Equal(Id(c), Id(a), Id(b));
        Ids(await SearchAsync(new { filter = new { categoryId = category }, order = "RELEVANCE", first = 10 }))
            .Should().Equal([Id(c), Id(a), Id(b)], "RELEVANCE without text is NEWEST");
    }

    [Theory]
    [InlineData("NEWEST")]
    [InlineData("PRICE_ASC")]
    [InlineData("NAME")]
    [InlineData("RELEVANCE")]
    public async Task Paging_Should_Neither_Repeat_Nor_Skip_While_Products_Are_Inserted(string order)
    {
        var word = CatalogApi.UniqueWord("page");
        var category = await _api.CreateCategoryAsync("Paging " + order);
        var planted = new List<string>();
        for (var i = 0; i < 7; i++)
        {
            // Repeated words make relevance differ between products; equal prices and names test the id tie-breaker.
            var name = $"{word} item {string.Join(' ', Enumerable.Repeat(word, i % 3))}";
            planted.Add(Id(await _api.CreateProductAsync(name, "Acme", 10m + (i % 2), category)));
        }

        var seen = new List<string>();
        string? after = null;
        var pages = 0;
        do
        {
            var page = await SearchAsync(new { text = word, order, first = 3, after });
            seen.AddRange(Ids(page));
            after = page.GetProperty("pageInfo").GetProperty("endCursor").GetString();
            if (!page.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean())
            {
                break;
            }

            // Between pages, products land before, among and after the rows already read.
            await _api.CreateProductAsync($"{word} inserted {pages}", "Acme", pages % 2 == 0 ? 1m : 99m, category);
            pages++;
        }
        while (pages < 20);

        seen.Should().OnlyHaveUniqueItems("a keyset page starts strictly after the last row read");
        seen.Should().Contain(planted, "no row present from the start is skipped");
    }

    [Fact]
    public async Task Backward_Paging_With_Last_And_Before_Should_Return_The_Preceding_Rows_In_Order()
    {
        var word = CatalogApi.UniqueWord("back");
        var category = await _api.CreateCategoryAsync("Backward");
        for (var i = 0; i < 5; i++)
        {
            await _api.CreateProductAsync($"{word} {(char)('a' + i)}", "Acme", 10m + i, category);
        }

        var all = await SearchAsync(new { text = word, order = "PRICE_ASC", first = 10 });
        var allIds = Ids(all);
        var fourthCursor = all.GetProperty("edges")[3].GetProperty("cursor").GetString();

        var previous = await SearchAsync(new { text = word, order = "PRICE_ASC", last = 2, before = fourthCursor });

        Ids(previous).Should().Equal(allIds[1], allIds[2]);
        previous.GetProperty("pageInfo").GetProperty("hasPreviousPage").GetBoolean().Should().BeTrue();
        previous.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean().Should().BeTrue();
    }

    [Fact]
    public async Task A_Cursor_Of_Another_Order_Or_Garbage_Should_Be_Refused_With_A_Code()
    {
        var word = CatalogApi.UniqueWord("curs");
        var category = await _api.CreateCategoryAsync("Cursors");
        await _api.CreateProductAsync($"{word} one", "Acme", 10m, category);
        var cursor = (await SearchAsync(new { text = word, order = "NAME", first = 1 })).GetProperty("pageInfo").GetProperty("endCursor").GetString();

        var otherOrder = await _api.QueryAsync(Search, new { text = word, order = "PRICE_ASC", first = 1, after = cursor });
        var garbage = await _api.QueryAsync(Search, new { text = word, order = "NAME", first = 1, after = "not-a-cursor" });

        otherOrder.ErrorCodes.Should().Equal("PAGING_INVALID_CURSOR");
        garbage.ErrorCodes.Should().Equal("PAGING_INVALID_CURSOR");
    }

    [Fact]
    public async Task Oversized_Text_Page_Sizes_And_Inverted_Price_Ranges_Should_Be_Refused_With_Codes()
    {
        (await _api.QueryAsync(Search, new { text = new string('a', 201), order = "RELEVANCE", first = 1 })).ErrorCodes.Should().Equal("SEARCH_TEXT_TOO_LONG");
        (await _api.QueryAsync(Search, new { order = "NAME", first = 51 })).ErrorCodes.Should().Equal("PAGING_PAGE_SIZE_EXCEEDED");
        (await _api.QueryAsync(Search, new { order = "NAME", first = 1, filter = new { priceMin = "5", priceMax = "1" } })).ErrorCodes.Should().Equal("SEARCH_FILTER_INVALID");
    }

    private async Task<JsonElement> SearchAsync(object variables)
    {
        var response = await _api.QueryAsync(Search, variables);
        response.Errors.Should().BeEmpty(response.Body);
        return response.Get("searchProducts").Clone();
    }

    private static List<string> Ids(JsonElement connection) =>
        [.. connection.GetProperty("edges").EnumerateArray().Select(e => e.GetProperty("node").GetProperty("id").GetString()!)];

    private static string Id(JsonElement product) => product.GetProperty("id").GetString()!;
}
