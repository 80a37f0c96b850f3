using FluentAssertions;
using Microsoft.EntityFrameworkCore;
using Xunit;

namespace Graph.Data.Tests;

/// <summary>
/// Keyset pages are anchored to the cursor's row, not to a position: rows inserted or deleted between page fetches
/// neither repeat items nor shift them across pages (an OFFSET page would).
/// </summary>
public sealed class KeysetStabilityTests(ShopDatabase database) : IClassFixture<ShopDatabase>
{
    private static IQueryable<Product> NewestFirst(ShopDb db, string set) =>
        db.Products.Where(p => p.Set == set).OrderByDescending(p => p.CreatedAt).ThenBy(p => p.Id).AsNoTracking();

    [Fact]
    public async Task Rows_Inserted_Before_The_Cursor_Should_Not_Repeat_Items_On_The_Next_Page()
    {
        var set = Catalog.NewSet();
        await SeedDistinctTimesAsync(set, 1, 9);
        var first = await PageAsync(set, new PagingArguments(First: 3));

        // Newer rows sort before everything already read.
        await SeedDistinctTimesAsync(set, 100, 104);
        var second = await PageAsync(set, new PagingArguments(First: 3, After: first.PageInfo.EndCursor));
        var third = await PageAsync(set, new PagingArguments(First: 3, After: second.PageInfo.EndCursor));

        Ids(first).Should().Equal(9, 8, 7);
        Ids(second).Should().Equal(6, 5, 4);
        Ids(third).Should().Equal(3, 2, 1);
        third.PageInfo.HasNextPage.Should().BeFalse();
    }

    [Fact]
    public async Task Rows_Inserted_After_The_Cursor_Should_Appear_In_Place_Without_Shifting_Read_Items()
    {
        var set = Catalog.NewSet();
        await SeedDistinctTimesAsync(set, 10, 90, step: 10);
        var first = await PageAsync(set, new PagingArguments(First: 3));

        // 75 sorts among the rows already read; 65, 55, 35 and 5 after the cursor (70).
        await SeedDistinctTimesAsync(set, 5, 65, step: 30);
        await SeedDistinctTimesAsync(set, 55, 75, step: 20);
        var rest = await PageAsync(set, new PagingArguments(First: 20, After: first.PageInfo.EndCursor));

        Ids(first).Should().Equal(90, 80, 70);
        Ids(rest).Should().Equal(65, 60, 55, 50, 40, 35, 30, 20, 10, 5);
    }

    [Fact]
    public async Task Deleting_The_Cursors_Row_Should_Not_Break_Paging()
    {
        var set = Catalog.NewSet();
        await SeedDistinctTimesAsync(set, 1, 6);
        var first = await PageAsync(set, new PagingArguments(First: 2));
        var cursorRow = first.Nodes[^1].Id;
        await using (var db = database.Open())
        {
            await db.Products.Where(p => p.Set == set && p.Id == cursorRow).ExecuteDeleteAsync();
        }

        var second = await PageAsync(set, new PagingArguments(First: 2, After: first.PageInfo.EndCursor));
        var back = await PageAsync(set, new PagingArguments(Last: 2, Before: second.PageInfo.StartCursor));

        Ids(second).Should().Equal(4, 3);
        Ids(back).Should().Equal(6);
        back.PageInfo.HasPreviousPage.Should().BeFalse();
    }

    [Fact]
    public async Task Rows_Inserted_Between_Backward_Fetches_Should_Not_Repeat_Items()
    {
        var set = Catalog.NewSet();
        await SeedDistinctTimesAsync(set, 11, 18);
        var last = await PageAsync(set, new PagingArguments(Last: 3));

        // Older rows sort after everything already read; newer rows far before the next backward page.
        await SeedDistinctTimesAsync(set, 1, 3);
        await SeedDistinctTimesAsync(set, 50, 51);
        var previous = await PageAsync(set, new PagingArguments(Last: 3, Before: last.PageInfo.StartCursor));

        Ids(last).Should().Equal(13, 12, 11);
        Ids(previous).Should().Equal(16, 15, 14);
    }

    private static List<int> Ids(Connection<Product> page) => [.. page.Nodes.Select(p => p.Id)];

    private async Task<Connection<Product>> PageAsync(string set, PagingArguments paging)
    {
        await using var db = database.Open();
        return await NewestFirst(db, set).ToConnectionAsync(paging, default);
    }

    // CreatedAt grows with the id, so newest first is highest id first.
    private async Task SeedDistinctTimesAsync(string set, int from, int to, int step = 1)
    {
        await using var db = database.Open();
        for (var id = from; id <= to; id += step)
        {
            var row = Catalog.Row(set, id);
            row.CreatedAt = new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc).AddMinutes(id);
            db.Products.Add(row);
        }

        await db.SaveChangesAsync();
    }
}
