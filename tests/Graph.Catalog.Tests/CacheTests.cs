using System.Diagnostics;
using FluentAssertions;
using Graph.Catalog.Tests.Support;
using Graph.Testing.Polling;
using Xunit;
using Xunit.Abstractions;

namespace Graph.Catalog.Tests;

/// <summary>
/// Lookups read through the Redis entity cache; a change is published on <c>catalog.changed</c> (outbox, relay, Kafka
/// mock cluster) and the service's own consumer evicts the entry.
/// </summary>
[Collection(CatalogServiceCollection.Name)]
public sealed class CacheTests(CatalogServiceFixture service, ITestOutputHelper output)
{
    private const string ById = "query($id: ID!) { productById(id: $id) { name } }";

    private readonly CatalogApi _api = new(service);

    [Fact]
    public async Task A_Product_Change_Should_Reach_ProductById_Through_The_Kafka_Eviction()
    {
        var product = await _api.CreateProductAsync("Cached name", "Acme", 5m, await _api.CreateCategoryAsync("Cache"));
        var id = product.GetProperty("id").GetGuid();
        // Or the creation's own eviction could remove the entry cached below and let the write behind the cache show.
        await ChangesConsumedAsync(id.ToString());
        (await NameAsync(id)).Should().Be("Cached name");

        // A write that bypasses the service emits no event: the lookup keeps serving the cached entry.
        await service.ScalarAsync<string>("UPDATE products SET name = 'Written behind the cache' WHERE id = @p0 RETURNING name", id);
        (await NameAsync(id)).Should().Be("Cached name", "the lookup reads through the cache");

        var update = await service.Host.PostAsync(
            "mutation($id: ID!) { updateProduct(input: { id: $id, name: \"Renamed\" }) { errors { __typename } } }", new { id }, service.AdminToken);
        update.Get("updateProduct", "errors").GetArrayLength().Should().Be(0, update.Body);

        var clock = Stopwatch.StartNew();
        var name = await NameAsync(id);
        while (name != "Renamed" && clock.Elapsed < TimeSpan.FromSeconds(15))
        {
            await Task.Delay(25);
            name = await NameAsync(id);
        }

        output.WriteLine($"visible after {clock.ElapsedMilliseconds} ms");
        name.Should().Be("Renamed");
    }

    [Fact]
    public async Task A_Batch_Of_Lookups_Should_Be_One_Sql_Query_Cold_And_None_Warm()
    {
        var category = await _api.CreateCategoryAsync("Batch");
        var ids = new List<string>();
        for (var i = 0; i < 6; i++)
        {
            ids.Add((await _api.CreateProductAsync("Batched " + i, "Acme", 5m, category)).GetProperty("id").GetString()!);
        }

        // Or a creation's own eviction, consumed between the two reads, could send the warm one to SQL.
        foreach (var id in ids)
        {
            await ChangesConsumedAsync(id);
        }

        var query = "{ " + string.Join(' ', ids.Select((id, i) => $"p{i}: productById(id: \"{id}\") {{ id name }}")) + " }";
        service.Sql.Reset();
        var cold = await service.Host.PostAsync(query);
        var coldQueries = service.Sql.Count("products");
        service.Sql.Reset();
        var warm = await service.Host.PostAsync(query);
        var warmQueries = service.Sql.Count("products");

        cold.Errors.Should().BeEmpty(cold.Body);
        warm.Body.Should().Be(cold.Body);
        coldQueries.Should().Be(1, "the six keys are one DataLoader batch");
        warmQueries.Should().Be(0, "every key is in the cache");
    }

    /// <summary>
    /// Waits until every <c>catalog.changed</c> naming <paramref name="id"/> has been consumed: each evicts the entity's
    /// cache entry when its consumer gets to it, so a test that reads through the cache waits for them first.
    /// </summary>
    private Task ChangesConsumedAsync(string id) => Eventually.UntilAsync(
        () => service.ScalarAsync<long>(
            "SELECT count(*) FROM outbox_messages o WHERE o.type = 'catalog.changed.v1' AND o.payload LIKE @p0 " +
            "AND NOT EXISTS (SELECT 1 FROM inbox_messages i WHERE i.message_id = o.id)", $"%{id}%"),
        pending => pending == 0,
        $"the catalog.changed events of {id} to be consumed");

    private async Task<string?> NameAsync(Guid id)
    {
        var response = await service.Host.PostAsync(ById, new { id });
        response.Errors.Should().BeEmpty(response.Body);
        return response.Get("productById", "name").GetString();
    }
}
