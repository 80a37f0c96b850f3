using Graph.Messaging;
using Graph.Notifications.Composition;
using Graph.Notifications.Events;
using Graph.Notifications.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Graph.Notifications.Consumers;

/// <summary>
/// <c>user.deleted.v1</c> (docs/events.md): the user's in-app inbox (<c>User.notifications</c>), every email written
/// to them (sent, due, or dead: a dead letter of an erased user is deleted, so <c>replayDeadLetter</c> answers
/// <c>NOT_FOUND</c> and can never send to their address again) and the order contacts holding their address are
/// deleted, and the id goes into <c>erased_users</c> so a later order event cannot write the address back. One
/// transaction with the inbox row, under the user's lock (<see cref="ErasedUsers"/>); a second delivery finds nothing
/// left to erase. The <c>notification.dead-lettered.v1</c> events already on <c>notification.dlq</c> keep the address
/// until the topic's retention drops them (Kafka records cannot be edited).
/// </summary>
public sealed class UserDeletedHandler(NotificationsDb db, TimeProvider clock) : IIntegrationEventHandler<UserDeleted>
{
    public async Task HandleAsync(UserDeleted e, IntegrationEventContext context, CancellationToken ct)
    {
        var userId = e.UserId;
        await ErasedUsers.LockAsync(db, userId, ct);
        await db.Notifications.Where(n => n.UserId == userId).ExecuteDeleteAsync(ct);
        await db.Emails.Where(m => m.UserId == userId).ExecuteDeleteAsync(ct);
        await db.OrderContacts.Where(c => c.UserId == userId).ExecuteDeleteAsync(ct);
        await db.Database.ExecuteSqlInterpolatedAsync(
            $"INSERT INTO erased_users (user_id, erased_at) VALUES ({userId}, {clock.GetUtcNow()}) ON CONFLICT (user_id) DO NOTHING", ct);
    }
}
