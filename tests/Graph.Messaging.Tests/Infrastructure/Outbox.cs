using Graph.Messaging;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Graph.Messaging.Tests;

/// <summary>What a service's command handler does: change state and add the event, in one SaveChanges.</summary>
public static class Outbox
{
    public static async Task<OrderCreatedIntegrationEvent> CreateOrderAsync(MessagingHost host, Guid orderId, string customer)
    {
        await using var scope = host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TestDbContext>();
        db.Orders.Add(new Order { Id = Guid.NewGuid(), Customer = customer });
        var integrationEvent = new OrderCreatedIntegrationEvent(orderId, customer, 42m);
        db.AddIntegrationEvent(integrationEvent);
        await db.SaveChangesAsync();
        return integrationEvent;
    }

    public static Task<long> UnsentCountAsync(string connectionString, IReadOnlyCollection<Guid> ids) =>
        Database.ScalarAsync<long>(connectionString, "SELECT count(*) FROM outbox_messages WHERE id = ANY(@ids) AND sent_at IS NULL", ("ids", ids.ToArray()));

    public static async Task<List<OutboxMessage>> RowsAsync(MessagingHost host, IReadOnlyCollection<Guid> ids)
    {
        await using var scope = host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TestDbContext>();
        return await db.Set<OutboxMessage>().Where(m => ids.Contains(m.Id)).OrderBy(m => m.Sequence).ToListAsync();
    }
}
