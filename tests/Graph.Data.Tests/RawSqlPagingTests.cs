using System.Text;
using FluentAssertions;
using Npgsql;
using Xunit;

namespace Graph.Data.Tests;

/// <summary>
/// The raw-SQL pattern of the README: a list ordered by <c>(rank DESC, id)</c> in SQL, paged with <see cref="CursorKeys"/>,
/// <see cref="PageRequest"/> and <see cref="Connection.Create{T}(PageRequest, IReadOnlyList{T}, Func{T, string}, int?)"/>.
/// </summary>
public sealed class RawSqlPagingTests(ShopDatabase database) : IClassFixture<ShopDatabase>, IAsyncLifetime
{
    private readonly string _set = Catalog.NewSet();

    private sealed record Hit(Guid Id, string Name, float Rank);

    public Task InitializeAsync() => Catalog.SeedAsync(database, _set, 1, 17);

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Raw_Sql_Pages_Should_Visit_Every_Row_Once_In_Order_Both_Ways()
    {
        var expected = (await SearchAsync(new PagingArguments(First: 50))).Nodes.Select(h => h.Id).ToList();

        var forward = new List<Guid>();
        string? after = null;
        Connection<Hit> page;
        do
        {
            page = await SearchAsync(new PagingArguments(First: 4, After: after));
            forward.AddRange(page.Nodes.Select(h => h.Id));
            after = page.PageInfo.EndCursor;
        }
        while (page.PageInfo.HasNextPage);

        var backward = new List<Guid>();
        string? before = null;
        do
        {
            page = await SearchAsync(new PagingArguments(Last: 3, Before: before));
            backward.InsertRange(0, page.Nodes.Select(h => h.Id));
            before = page.PageInfo.StartCursor;
        }
        while (page.PageInfo.HasPreviousPage);

        expected.Should().HaveCount(17);
        forward.Should().Equal(expected);
        backward.Should().Equal(expected);
    }

    [Fact]
    public async Task A_Cursor_Of_Another_Ordering_Should_Be_Refused_By_Match()
    {
        var act = () => SearchAsync(new PagingArguments(First: 2, After: CursorKeys.Encode("Mug", 3)));

        (await act.Should().ThrowAsync<Graph.Execution.GraphQLException>()).Which.Code.Should().Be(PagingErrorCodes.InvalidCursor);
    }

    // The README's example, over the test table: rank = Rank / 2 as real (many ties), id = Sku.
    private async Task<Connection<Hit>> SearchAsync(PagingArguments paging)
    {
        var page = paging.Validate();
        var sql = new StringBuilder("""
            SELECT id, name, rank FROM (
              SELECT p."Sku" AS id, p."Name" AS name, (p."Rank" / 2.0)::real AS rank FROM products p WHERE p."Set" = @set) hits
            WHERE TRUE
            """);
        await using var dataSource = NpgsqlDataSource.Create(database.ConnectionString);
        await using var command = dataSource.CreateCommand();
        command.Parameters.AddWithValue("set", _set);
        if (page.After is { } after)
        {
            var keys = after.Match([typeof(float), typeof(Guid)], "after");
            sql.Append(" AND (rank < @after_rank OR (rank = @after_rank AND id > @after_id))");
            command.Parameters.AddWithValue("after_rank", keys[0]!);
            command.Parameters.AddWithValue("after_id", keys[1]!);
        }

        if (page.Before is { } before)
        {
            var keys = before.Match([typeof(float), typeof(Guid)], "before");
            sql.Append(" AND (rank > @before_rank OR (rank = @before_rank AND id < @before_id))");
            command.Parameters.AddWithValue("before_rank", keys[0]!);
            command.Parameters.AddWithValue("before_id", keys[1]!);
        }

        sql.Append(page.IsBackward ? " ORDER BY rank ASC, id DESC" : " ORDER BY rank DESC, id ASC").Append(" LIMIT @take");
        command.Parameters.AddWithValue("take", page.FetchCount);
        command.CommandText = sql.ToString();

        var rows = new List<Hit>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            rows.Add(new Hit(reader.GetGuid(0), reader.GetString(1), reader.GetFloat(2)));
        }

        return Connection.Create(page, rows, hit => CursorKeys.Encode(hit.Rank, hit.Id));
    }
}
