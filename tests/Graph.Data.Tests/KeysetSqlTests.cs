using FluentAssertions;
using Npgsql;
using Xunit;

namespace Graph.Data.Tests;

/// <summary>The SQL a page sends: a keyset WHERE with parameters and a LIMIT, never an OFFSET.</summary>
public sealed class KeysetSqlTests(ShopDatabase database) : IClassFixture<ShopDatabase>, IAsyncLifetime
{
    private readonly string _set = Catalog.NewSet();

    public Task InitializeAsync() => Catalog.SeedAsync(database, _set, 1, 12);

    public Task DisposeAsync() => Task.CompletedTask;

    private IQueryable<Product> Query(ShopDb db) =>
        db.Products.Where(p => p.Set == _set).OrderByDescending(p => p.CreatedAt).ThenBy(p => p.Name).ThenBy(p => p.Id);

    [Fact]
    public async Task Pages_Should_Be_Read_With_A_Keyset_Condition_And_Limit_Never_Offset()
    {
        var capture = new SqlCapture();
        await using var db = database.Open(capture);

        var first = await Query(db).ToConnectionAsync(new PagingArguments(First: 4), default);
        var second = await Query(db).ToConnectionAsync(new PagingArguments(First: 4, After: first.PageInfo.EndCursor), default);
        await Query(db).ToConnectionAsync(new PagingArguments(Last: 4, Before: second.PageInfo.StartCursor) { IncludeTotalCount = true }, default);

        capture.Commands.Should().HaveCount(4, "three pages and one count");
        capture.Commands.Should().OnlyContain(sql => !sql.Contains("OFFSET", StringComparison.OrdinalIgnoreCase));
        capture.Commands.Where(sql => !sql.Contains("count(*)", StringComparison.OrdinalIgnoreCase))
            .Should().OnlyContain(sql => sql.Contains("LIMIT", StringComparison.Ordinal));
        capture.Commands[1].Should().Contain("\"CreatedAt\" <").And.Contain("\"Name\" >").And.Contain("\"Id\" >");
        capture.Commands[2].Should().Contain("ORDER BY p.\"CreatedAt\", p.\"Name\" DESC, p.\"Id\" DESC", "a backward page reads the order reversed");
    }

    [Fact]
    public async Task Cursor_Values_Should_Be_Sent_As_Parameters_Not_Literals()
    {
        var capture = new SqlCapture();
        await using var db = database.Open(capture);
        var first = await Query(db).ToConnectionAsync(new PagingArguments(First: 1), default);

        await Query(db).ToConnectionAsync(new PagingArguments(First: 1, After: first.PageInfo.EndCursor), default);

        var keysetQuery = capture.Commands[1];
        keysetQuery.Should().NotContain("'" + first.Nodes[0].Name + "'");
        keysetQuery.Should().MatchRegex("\"Name\" > @CursorKey\\w*");
    }

    [Fact]
    public async Task A_Deep_Page_Should_Start_From_An_Index_Range_On_The_First_Key()
    {
        var capture = new SqlCapture();
        await using var db = database.Open(capture);
        await using var connection = new NpgsqlConnection(database.ConnectionString);
        await connection.OpenAsync();
        await Execute(connection, "CREATE INDEX IF NOT EXISTS products_newest ON products (\"Set\", \"CreatedAt\" DESC, \"Name\", \"Id\")");
        var first = await Query(db).ToConnectionAsync(new PagingArguments(First: 4), default);
        await Query(db).ToConnectionAsync(new PagingArguments(First: 4, After: first.PageInfo.EndCursor), default);

        // Plan choice is left to PostgreSQL except for scans that cannot use the index at all.
        await Execute(connection, "SET enable_seqscan = off; SET enable_bitmapscan = off; SET enable_sort = off");
        var keysetQuery = capture.Captured[1];
        await using var explain = new NpgsqlCommand("EXPLAIN " + keysetQuery.Sql, connection);
        foreach (var (name, value) in keysetQuery.Parameters)
        {
            explain.Parameters.AddWithValue(name, value ?? DBNull.Value);
        }

        var plan = new List<string>();
        await using (var reader = await explain.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                plan.Add(reader.GetString(0));
            }
        }

        plan.Should().Contain(line => line.Contains("Index Cond") && line.Contains("\"CreatedAt\" <="), string.Join('\n', plan));
    }

    [Fact]
    public async Task A_Required_String_Key_Should_Get_An_Index_Range_But_A_Nullable_One_Should_Keep_Its_Nulls()
    {
        await using var db = database.Open();
        var after = new PagingArguments(First: 3, After: CursorKeys.Encode("Mug", 1));

        var byName = db.Products.Where(p => p.Set == _set).OrderBy(p => p.Name).ThenBy(p => p.Id).ToConnectionQueryString(after);
        var byCategory = db.Products.Where(p => p.Set == _set).OrderBy(p => p.Category).ThenBy(p => p.Id).ToConnectionQueryString(after);

        byName.Should().Contain("p.\"Name\" >= @").And.NotContain("IS NULL");
        byCategory.Should().NotContain("p.\"Category\" >= @").And.Contain("p.\"Category\" IS NULL", "nulls sort after every category");
    }

    [Fact]
    public async Task The_Query_String_Should_Show_The_Page_Query()
    {
        await using var db = database.Open();

        var sql = Query(db).ToConnectionQueryString(new PagingArguments(First: 5, After: CursorKeys.Encode(DateTime.UtcNow, "Mug", 3)));

        sql.Should().Contain("LIMIT").And.Contain("WHERE").And.NotContain("OFFSET");
    }

    private static async Task Execute(NpgsqlConnection connection, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
