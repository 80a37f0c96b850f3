using FluentAssertions;
using Microsoft.EntityFrameworkCore;
using Xunit;

namespace Graph.Data.Tests;

/// <summary>Paging through a whole table forward and backward, in many orders, returns every row once, in order.</summary>
public sealed class KeysetPagingTests(ShopDatabase database) : IClassFixture<ShopDatabase>, IAsyncLifetime
{
    private const int RowCount = 23;
    private readonly string _set = Catalog.NewSet();

    public Task InitializeAsync() => Catalog.SeedAsync(database, _set, 1, RowCount);

    public Task DisposeAsync() => Task.CompletedTask;

    private IQueryable<Product> Query(ShopDb db, string ordering) =>
        Orderings.Apply(ordering, db.Products.Where(p => p.Set == _set)).AsNoTracking();

    // The database's own full ordered read is the oracle, so collation and null order are the server's.
    private async Task<List<int>> ExpectedAsync(string ordering)
    {
        await using var db = database.Open();
        return await Query(db, ordering).Select(p => p.Id).ToListAsync();
    }

    [Theory]
    [MemberData(nameof(Orderings.Names), MemberType = typeof(Orderings))]
    public async Task Paging_Forward_Should_Return_Every_Row_Once_In_Order(string ordering)
    {
        var expected = await ExpectedAsync(ordering);
        foreach (var size in new[] { 1, 4, 7 })
        {
            var pages = await PageForwardAsync(ordering, size);

            pages.SelectMany(p => p.Nodes).Select(p => p.Id).Should().Equal(expected, $"pages of {size} in order {ordering}");
            pages.SkipLast(1).Should().OnlyContain(p => p.Edges.Count == size && p.PageInfo.HasNextPage);
            pages[^1].PageInfo.HasNextPage.Should().BeFalse();
            pages[0].PageInfo.HasPreviousPage.Should().BeFalse();
            pages.Skip(1).Should().OnlyContain(p => p.PageInfo.HasPreviousPage);
            pages.Should().OnlyContain(p => p.PageInfo.StartCursor == p.Edges[0].Cursor && p.PageInfo.EndCursor == p.Edges[p.Edges.Count - 1].Cursor);
        }
    }

    [Theory]
    [MemberData(nameof(Orderings.Names), MemberType = typeof(Orderings))]
    public async Task Paging_Backward_Should_Return_Every_Row_Once_In_Order(string ordering)
    {
        var expected = await ExpectedAsync(ordering);
        foreach (var size in new[] { 1, 5 })
        {
            var pages = await PageBackwardAsync(ordering, size);

            pages.SelectMany(p => p.Nodes).Select(p => p.Id).Should().Equal(expected, $"pages of {size} in order {ordering}");
            pages.Skip(1).Should().OnlyContain(p => p.Edges.Count == size && p.PageInfo.HasPreviousPage);
            pages[0].PageInfo.HasPreviousPage.Should().BeFalse();
            pages[^1].PageInfo.HasNextPage.Should().BeFalse("the last page was read without `before`");
            pages.SkipLast(1).Should().OnlyContain(p => p.PageInfo.HasNextPage);
        }
    }

    [Fact]
    public async Task Cursors_Of_Forward_Pages_Should_Page_Backward_To_The_Same_Rows()
    {
        var forward = await PageForwardAsync("name desc, rank, id", 6);
        await using var db = database.Open();

        var back = await Query(db, "name desc, rank, id").ToConnectionAsync(new PagingArguments(Last: 6, Before: forward[2].PageInfo.StartCursor), default);

        back.Nodes.Select(p => p.Id).Should().Equal(forward[1].Nodes.Select(p => p.Id));
        back.Edges.Select(e => e.Cursor).Should().Equal(forward[1].Edges.Select(e => e.Cursor));
        back.PageInfo.Should().Be(forward[1].PageInfo with { HasNextPage = true, HasPreviousPage = true });
    }

    [Fact]
    public async Task After_And_Before_Together_Should_Return_The_Rows_Strictly_Between()
    {
        var expected = await ExpectedAsync("rank desc, id");
        var all = (await PageForwardAsync("rank desc, id", RowCount))[0];
        await using var db = database.Open();

        var window = await Query(db, "rank desc, id").ToConnectionAsync(
            new PagingArguments(First: 20, After: all.Edges[3].Cursor, Before: all.Edges[9].Cursor), default);
        var tail = await Query(db, "rank desc, id").ToConnectionAsync(
            new PagingArguments(Last: 2, After: all.Edges[3].Cursor, Before: all.Edges[9].Cursor), default);

        window.Nodes.Select(p => p.Id).Should().Equal(expected[4..9]);
        window.PageInfo.HasNextPage.Should().BeFalse("first 20 covers the five rows between");
        tail.Nodes.Select(p => p.Id).Should().Equal(expected[7..9]);
        tail.PageInfo.HasPreviousPage.Should().BeTrue();
    }

    [Fact]
    public async Task An_Empty_Table_Should_Give_An_Empty_Page_With_Null_Cursors()
    {
        await using var db = database.Open();
        var empty = db.Products.Where(p => p.Set == "no such set").OrderBy(p => p.Id);

        var forward = await empty.ToConnectionAsync(new PagingArguments(First: 5) { IncludeTotalCount = true }, default);
        var backward = await empty.ToConnectionAsync(new PagingArguments(Last: 5), default);

        forward.Edges.Should().BeEmpty();
        forward.Nodes.Should().BeEmpty();
        forward.PageInfo.Should().Be(new PageInfo(false, false, null, null));
        forward.TotalCount.Should().Be(0);
        backward.PageInfo.Should().Be(new PageInfo(false, false, null, null));
    }

    [Fact]
    public async Task First_Zero_Should_Give_No_Edges_But_Tell_Whether_Rows_Follow()
    {
        await using var db = database.Open();

        var page = await Query(db, "id").ToConnectionAsync(new PagingArguments(First: 0), default);

        page.Edges.Should().BeEmpty();
        page.PageInfo.Should().Be(new PageInfo(HasNextPage: true, HasPreviousPage: false, null, null));
    }

    [Fact]
    public async Task Total_Count_Should_Count_The_Whole_List_Only_When_Asked()
    {
        await using var db = database.Open();

        var counted = await Query(db, "rank, id").ToConnectionAsync(new PagingArguments(First: 2) { IncludeTotalCount = true }, default);
        var uncounted = await Query(db, "rank, id").ToConnectionAsync(new PagingArguments(First: 2), default);

        counted.TotalCount.Should().Be(RowCount);
        uncounted.TotalCount.Should().BeNull();
    }

    [Fact]
    public async Task Neither_First_Nor_Last_Should_Give_The_Default_Page_Size()
    {
        var expected = await ExpectedAsync("id");
        await using var db = database.Open();

        var first = await Query(db, "id").ToConnectionAsync(new PagingArguments { DefaultPageSize = 4 }, default);
        var beforeOnly = await Query(db, "id").ToConnectionAsync(new PagingArguments(Before: first.Edges[^1].Cursor) { DefaultPageSize = 2 }, default);

        first.Nodes.Select(p => p.Id).Should().Equal(expected[..4]);
        beforeOnly.Nodes.Select(p => p.Id).Should().Equal(expected[1..3], "`before` alone reads the rows just before it");
    }

    [Fact]
    public async Task A_Projection_Should_Page_Like_The_Entities()
    {
        var expected = await ExpectedAsync("created desc, id");
        await using var db = database.Open();

        var first = await Query(db, "created desc, id").ToConnectionAsync(p => new { p.Id, Label = p.Name + "#" + p.Id }, new PagingArguments(First: 5), default);
        var second = await Query(db, "created desc, id").ToConnectionAsync(
            p => new { p.Id, Label = p.Name + "#" + p.Id }, new PagingArguments(First: 5, After: first.PageInfo.EndCursor), default);

        first.Nodes.Concat(second.Nodes).Select(n => n.Id).Should().Equal(expected[..10]);
        first.Nodes[0].Label.Should().EndWith("#" + expected[0]);
    }

    [Fact]
    public async Task Operators_After_The_Ordering_Should_Be_Kept()
    {
        await using var db = database.Open();
        var query = db.Products.Where(p => p.Set == _set).OrderBy(p => p.Id).AsTracking().TagWith("catalog page");

        var page = await query.ToConnectionAsync(new PagingArguments(First: 3), default);

        page.Nodes.Should().OnlyContain(p => db.Entry(p).State == EntityState.Unchanged, "AsTracking was applied");
        query.ToConnectionQueryString(new PagingArguments(First: 3)).Should().Contain("-- catalog page");
    }

    [Fact]
    public async Task A_Query_Without_Ordering_Should_Be_Refused_With_A_Clear_Message()
    {
        await using var db = database.Open();

        var unordered = () => db.Products.Where(p => p.Set == _set).ToConnectionAsync(new PagingArguments(First: 3), default);
        var projectedAfterOrdering = () => db.Products.OrderBy(p => p.Id).Select(p => new Product { Id = p.Id })
            .ToConnectionAsync(new PagingArguments(First: 3), default);

        (await unordered.Should().ThrowAsync<InvalidOperationException>()).WithMessage("*needs a query ordered by keys whose last key is unique*OrderBy*");
        await projectedAfterOrdering.Should().ThrowAsync<InvalidOperationException>();
    }

    [Fact]
    public async Task A_Cursor_Of_Another_Ordering_Should_Be_An_Invalid_Cursor()
    {
        await using var db = database.Open();
        var byRank = await Query(db, "rank, id").ToConnectionAsync(new PagingArguments(First: 2), default);

        var act = () => Query(db, "name, id desc").ToConnectionAsync(new PagingArguments(First: 2, After: byRank.PageInfo.EndCursor), default);

        var error = (await act.Should().ThrowAsync<Graph.Execution.GraphQLException>()).Which;
        error.Code.Should().Be(PagingErrorCodes.InvalidCursor);
        error.Message.Should().Contain("does not fit this field's ordering");
    }

    [Fact]
    public async Task A_Cancelled_Request_Should_Not_Read_The_Page()
    {
        await using var db = database.Open();
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        var act = () => Query(db, "id").ToConnectionAsync(new PagingArguments(First: 2), cancelled.Token);

        await act.Should().ThrowAsync<OperationCanceledException>();
    }

    private async Task<List<Connection<Product>>> PageForwardAsync(string ordering, int size)
    {
        var pages = new List<Connection<Product>>();
        string? after = null;
        for (var guard = 0; guard <= RowCount + 1; guard++)
        {
            await using var db = database.Open();
            var page = await Query(db, ordering).ToConnectionAsync(new PagingArguments(First: size, After: after), default);
            pages.Add(page);
            if (!page.PageInfo.HasNextPage)
            {
                return pages;
            }

            after = page.PageInfo.EndCursor;
        }

        throw new InvalidOperationException("Paging forward did not end.");
    }

    private async Task<List<Connection<Product>>> PageBackwardAsync(string ordering, int size)
    {
        var pages = new List<Connection<Product>>();
        string? before = null;
        for (var guard = 0; guard <= RowCount + 1; guard++)
        {
            await using var db = database.Open();
            var page = await Query(db, ordering).ToConnectionAsync(new PagingArguments(Last: size, Before: before), default);
            pages.Insert(0, page);
            if (!page.PageInfo.HasPreviousPage)
            {
                return pages;
            }

            before = page.PageInfo.StartCursor;
        }

        throw new InvalidOperationException("Paging backward did not end.");
    }
}
