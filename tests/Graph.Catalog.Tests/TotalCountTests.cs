using System.Text.Json;
using FluentAssertions;
using Graph.Catalog.DemoData;
using Graph.Catalog.Tests.Support;
using Graph.Testing.Postgres;
using Xunit;

namespace Graph.Catalog.Tests;

/// <summary>
/// <c>totalCount</c> of every Catalog connection: the number of items of the whole (filtered) list, whatever page is
/// asked, counted only when the request selects it (HotChocolate's behaviour). Each expected number is the item count
/// of a walk through every page of the same list.
/// </summary>
[Collection(CatalogServiceCollection.Name)]
public sealed class TotalCountTests(CatalogServiceFixture service)
{
    private const string SearchQuery =
        """
        query($text: String, $filter: ProductFilterInput, $order: ProductSearchOrder!, $first: Int, $after: String, $last: Int, $before: String) {
          searchProducts(text: $text, filter: $filter, order: $order, first: $first, after: $after, last: $last, before: $before) {
            totalCount edges { node { id } } pageInfo { hasNextPage endCursor }
          }
        }
        """;

    private readonly CatalogApi _api = new(service);

    [Fact]
    public async Task Products_TotalCount_Should_Be_The_Number_Of_All_Products_On_Any_Page()
    {
        const string query = "query($first: Int, $after: String) { products(first: $first, after: $after) { totalCount edges { node { id } } pageInfo { hasNextPage endCursor } } }";
        await _api.CreateProductAsync("Counted product", "Acme", 1m, await _api.CreateCategoryAsync("Counted"));

        var (walked, totals) = await WalkAsync(query, new Dictionary<string, object?>(), "products");
        var firstPage = await ConnectionAsync(query, new { first = 3 }, "products");

        walked.Should().BeGreaterThan(3);
        firstPage.GetProperty("edges").GetArrayLength().Should().Be(3);
        firstPage.GetProperty("totalCount").GetInt32().Should().Be(walked);
        totals.Should().AllBeEquivalentTo(walked, "every page reports the whole list, not the page");
    }

    [Fact]
    public async Task Coupons_TotalCount_Should_Be_The_Number_Of_All_Coupons()
    {
        const string query = "query($first: Int, $after: String) { coupons(first: $first, after: $after) { totalCount edges { node { id } } pageInfo { hasNextPage endCursor } } }";

        var (walked, _) = await WalkAsync(query, new Dictionary<string, object?>(), "coupons");
        var page = await ConnectionAsync(query, new { first = 4 }, "coupons");

        page.GetProperty("edges").GetArrayLength().Should().Be(4);
        page.GetProperty("totalCount").GetInt32().Should().Be(walked).And.BeGreaterThan(4);
    }

    [Fact]
    public async Task Coupons_By_Category_TotalCount_Should_Count_The_Coupons_Of_The_Whole_Subtree()
    {
        const string query =
            "query($id: ID!, $first: Int, $after: String) { couponsByCategory(categoryId: $id, first: $first, after: $after) { totalCount edges { node { id } } pageInfo { hasNextPage endCursor } } }";
        var experiences = DeterministicGuid.Category("experiences");

        var (walked, _) = await WalkAsync(query, new Dictionary<string, object?> { ["id"] = experiences }, "couponsByCategory");
        var page = await ConnectionAsync(query, new { id = experiences, first = 7 }, "couponsByCategory");
        var elsewhere = await service.CountAsync("coupons", "category_id <> @p0", experiences);

        page.GetProperty("edges").GetArrayLength().Should().Be(7);
        page.GetProperty("totalCount").GetInt32().Should().Be(walked).And.Be(50, "every demo coupon lives under Experiences");
        elsewhere.Should().BeGreaterThan(0, "the subcategories' coupons are counted, not only the root's own");
    }

    [Fact]
    public async Task Category_Products_TotalCount_Should_Count_The_Categorys_Own_Products_Only()
    {
        const string query =
            "query($id: ID!, $first: Int, $after: String) { categoryById(id: $id) { products(first: $first, after: $after) { totalCount edges { node { id } } pageInfo { hasNextPage endCursor } } } }";
        var parent = await _api.CreateCategoryAsync("Counted parent");
        var child = await _api.CreateCategoryAsync("Counted child", parent);
        for (var i = 0; i < 5; i++)
        {
            await _api.CreateProductAsync($"Own product {i}", "Acme", 1m, parent);
        }

        await _api.CreateProductAsync("Child product", "Acme", 1m, child);

        var (walked, _) = await WalkAsync(query, new Dictionary<string, object?> { ["id"] = parent }, "categoryById", "products");
        var page = await ConnectionAsync(query, new { id = parent, first = 2 }, "categoryById", "products");

        walked.Should().Be(5);
        page.GetProperty("edges").GetArrayLength().Should().Be(2);
        page.GetProperty("totalCount").GetInt32().Should().Be(5, "the field lists the category's own products, not its subcategories'");
    }

    [Fact]
    public async Task Category_Coupons_TotalCount_Should_Count_The_Categorys_Own_Coupons()
    {
        const string query =
            "query($id: ID!, $first: Int, $after: String) { categoryById(id: $id) { coupons(first: $first, after: $after) { totalCount edges { node { id } } pageInfo { hasNextPage endCursor } } } }";
        var category = await service.ScalarAsync<Guid>("SELECT category_id FROM coupons GROUP BY category_id HAVING count(*) > 2 ORDER BY count(*) DESC LIMIT 1");

        var (walked, _) = await WalkAsync(query, new Dictionary<string, object?> { ["id"] = category }, "categoryById", "coupons");
        var page = await ConnectionAsync(query, new { id = category, first = 2 }, "categoryById", "coupons");

        walked.Should().BeGreaterThan(2);
        page.GetProperty("edges").GetArrayLength().Should().Be(2);
        page.GetProperty("totalCount").GetInt32().Should().Be(walked);
    }

    [Fact]
    public async Task Search_TotalCount_With_Text_Should_Count_Every_Match_Whatever_The_Page()
    {
        var word = CatalogApi.UniqueWord("tally");
        var category = await _api.CreateCategoryAsync("Search tally");
        for (var i = 0; i < 5; i++)
        {
            await _api.CreateProductAsync($"{word} lamp {i}", "Acme", 10m + i, category);
        }

        await _api.CreateProductAsync("Plain kettle", "Acme", 10m, category, $"Goes with the {word} lamps.");
        await _api.CreateProductAsync("Unrelated kettle", "Acme", 10m, category);

        var first = await ConnectionAsync(SearchQuery, new { text = word, order = "RELEVANCE", first = 2 }, "searchProducts");
        var next = await ConnectionAsync(
            SearchQuery, new { text = word, order = "RELEVANCE", first = 2, after = first.GetProperty("pageInfo").GetProperty("endCursor").GetString() }, "searchProducts");
        var last = await ConnectionAsync(SearchQuery, new { text = word, order = "PRICE_ASC", last = 1 }, "searchProducts");
        var (walked, _) = await WalkAsync(SearchQuery, new Dictionary<string, object?> { ["text"] = word, ["order"] = "NAME" }, "searchProducts");

        walked.Should().Be(6, "five names and one description hold the word");
        first.GetProperty("edges").GetArrayLength().Should().Be(2);
        first.GetProperty("totalCount").GetInt32().Should().Be(6);
        next.GetProperty("totalCount").GetInt32().Should().Be(6, "the cursor bounds the page, not the count");
        last.GetProperty("totalCount").GetInt32().Should().Be(6);
    }

    [Fact]
    public async Task Search_TotalCount_With_Filters_Should_Count_Only_The_Products_Every_Filter_Admits()
    {
        var word = CatalogApi.UniqueWord("sift");
        var root = await _api.CreateCategoryAsync("Sift root");
        var child = await _api.CreateCategoryAsync("Sift child", root);
        var grandchild = await _api.CreateCategoryAsync("Sift grandchild", child);
        var other = await _api.CreateCategoryAsync("Sift other");
        await _api.CreateProductAsync($"{word} a", "Northwind", 5m, root);
        await _api.CreateProductAsync($"{word} b", "Northwind", 50m, child, stock: 0);
        await _api.CreateProductAsync($"{word} c", "Northwind", 60m, grandchild);
        await _api.CreateProductAsync($"{word} d", "Contoso", 70m, grandchild, stock: 0);
        await _api.CreateProductAsync($"{word} e", "Contoso", 500m, other);

        (await TotalAndWalkAsync(new { filter = new { categoryId = root }, order = "RELEVANCE" }))
            .Should().Be((4, 4), "without text the category subtree alone selects");
        (await TotalAndWalkAsync(new { text = word, filter = new { brand = "contoso" }, order = "NAME" })).Should().Be((2, 2));
        (await TotalAndWalkAsync(new { text = word, filter = new { categoryId = child, inStock = false }, order = "PRICE_DESC" })).Should().Be((2, 2));
        (await TotalAndWalkAsync(new { text = word, filter = new { priceMin = "10", priceMax = "100" }, order = "NEWEST" })).Should().Be((3, 3));
        (await TotalAndWalkAsync(new { text = word, filter = new { brand = "no such brand" }, order = "NAME" })).Should().Be((0, 0));
    }

    [Fact]
    public async Task A_Page_Without_TotalCount_Should_Send_No_Count_Query_And_One_With_It_Exactly_One()
    {
        const string products = "{ products(first: 2) { edges { node { id } } } }";
        const string productsWithTotal = "{ products(first: 2) { edges { node { id } } ...Total } } fragment Total on ProductConnection { totalCount }";
        var word = CatalogApi.UniqueWord("cnt");
        await _api.CreateProductAsync($"{word} one", "Acme", 1m, await _api.CreateCategoryAsync("Count queries"));
        var search = new { text = word, order = "NAME", first = 1 };
        const string searchWithoutTotal =
            "query($text: String, $order: ProductSearchOrder!, $first: Int) { searchProducts(text: $text, order: $order, first: $first) { edges { node { id } } } }";
        using var npgsql = new SqlStatementRecorder(service.ConnectionString);

        var withoutTotal = await CountQueriesAsync(products, null, npgsql);
        var withTotal = await CountQueriesAsync(productsWithTotal, null, npgsql);
        var searchWithout = await CountQueriesAsync(searchWithoutTotal, search, npgsql);
        var searchWith = await CountQueriesAsync(SearchQuery, search, npgsql);

        withoutTotal.Should().Be(0);
        withTotal.Should().Be(1, "the fragment selects totalCount");
        searchWithout.Should().Be(0);
        searchWith.Should().Be(1);
    }

    /// <summary>The COUNT statements one request sends, seen by Npgsql's tracing (EF Core queries and raw SQL alike).</summary>
    private async Task<int> CountQueriesAsync(string query, object? variables, SqlStatementRecorder npgsql)
    {
        var before = npgsql.Statements.Count;
        var response = await _api.QueryAsync(query, variables);
        response.Errors.Should().BeEmpty(response.Body);
        return npgsql.Statements.Skip(before).Count(sql => sql.Contains("count(*)", StringComparison.OrdinalIgnoreCase));
    }

    private async Task<(int Total, int Walked)> TotalAndWalkAsync(object variables)
    {
        var arguments = JsonSerializer.Deserialize<Dictionary<string, object?>>(JsonSerializer.Serialize(variables))!;
        var page = await ConnectionAsync(SearchQuery, new Dictionary<string, object?>(arguments) { ["first"] = 1 }, "searchProducts");
        var (walked, _) = await WalkAsync(SearchQuery, arguments, "searchProducts");
        return (page.GetProperty("totalCount").GetInt32(), walked);
    }

    /// <summary>Reads every page of a connection (50 items a page) and returns how many items it holds, and each page's totalCount.</summary>
    private async Task<(int Items, List<int> Totals)> WalkAsync(string query, Dictionary<string, object?> variables, params string[] path)
    {
        var items = 0;
        var totals = new List<int>();
        string? after = null;
        for (var pages = 0; pages < 100; pages++)
        {
            var page = await ConnectionAsync(query, new Dictionary<string, object?>(variables) { ["first"] = 50, ["after"] = after }, path);
            items += page.GetProperty("edges").GetArrayLength();
            totals.Add(page.GetProperty("totalCount").GetInt32());
            if (!page.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean())
            {
                return (items, totals);
            }

            after = page.GetProperty("pageInfo").GetProperty("endCursor").GetString();
        }

        throw new InvalidOperationException("The connection did not end within 100 pages.");
    }

    private async Task<JsonElement> ConnectionAsync(string query, object variables, params string[] path)
    {
        var response = await _api.QueryAsync(query, variables);
        response.Errors.Should().BeEmpty(response.Body);
        return response.Get(path).Clone();
    }
}
