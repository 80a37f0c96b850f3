using Graph.Notifications.Domain;
using Graph.Notifications.Infrastructure;
using Graph.ServiceDefaults.Database;
using Microsoft.EntityFrameworkCore;

namespace Graph.Notifications.Composition;

/// <summary>
/// Records what one event means for the customer, inside the consumer's transaction: the in-app notification and
/// the email to send (one row per event id, so a redelivered or replayed event adds nothing). When the order's
/// customer is not known yet (a payment event overtook <c>order.create</c>), the email waits for the order. Nothing is
/// written for a user erased by <c>user.deleted</c> (locks: the order's, then the user's; the erasure takes only the
/// user's, so they cannot deadlock).
/// </summary>
public sealed class NotificationRecorder(NotificationsDb db, TimeProvider clock)
{
    public async Task RecordAsync(Guid eventId, string eventType, Guid orderId, CustomerMessage message, CancellationToken ct)
    {
        await LockOrderAsync(orderId, ct);
        if (await db.Emails.AnyAsync(e => e.EventId == eventId, ct)) return;
        var now = clock.GetUtcNow();
        var contact = await db.OrderContacts.FindAsync([orderId], ct);
        if (contact is not null && await ErasedUsers.LockAndCheckAsync(db, contact.UserId, ct))
        {
            // The account was erased while this event waited for the lock: its contact row is gone, write nothing.
            return;
        }

        var email = new OutgoingEmail
        {
            Id = Guid.CreateVersion7(now),
            EventId = eventId,
            EventType = eventType,
            OrderId = orderId,
            Subject = message.Title,
            Body = message.Body,
            Status = EmailStatus.WaitingForOrder,
            NextAttemptAt = now,
            CreatedAt = now,
        };
        db.Emails.Add(email);
        if (contact is not null) Address(email, contact, now);
        await db.SaveChangesAsync(ct);
    }

    /// <summary>
    /// Remembers who placed <paramref name="orderId"/> and releases the emails that waited for it. False, with nothing
    /// written, when the user was erased (<c>user.deleted</c>): the event came late and must not bring the address back.
    /// </summary>
    public async Task<bool> RememberCustomerAsync(Guid orderId, Guid userId, string email, CancellationToken ct)
    {
        await LockOrderAsync(orderId, ct);
        if (await ErasedUsers.LockAndCheckAsync(db, userId, ct)) return false;
        var now = clock.GetUtcNow();
        var contact = await db.OrderContacts.FindAsync([orderId], ct);
        if (contact is null)
        {
            contact = new OrderContact { OrderId = orderId };
            db.OrderContacts.Add(contact);
        }
        contact.UserId = userId;
        contact.Email = email.Trim();
        contact.UpdatedAt = now;
        var waiting = await db.Emails.Where(e => e.OrderId == orderId && e.Status == EmailStatus.WaitingForOrder).ToListAsync(ct);
        foreach (var waitingEmail in waiting) Address(waitingEmail, contact, now);
        await db.SaveChangesAsync(ct);
        return true;
    }

    /// <summary>
    /// Serializes the handlers of one order until the consumer's transaction ends: <c>order.create</c> and
    /// <c>payment.event</c> are consumed concurrently, and without the lock a payment handler that found no customer
    /// and an order handler that found no waiting email could both commit, leaving the email waiting for ever.
    /// </summary>
    private Task LockOrderAsync(Guid orderId, CancellationToken ct) => db.Database.LockAggregateAsync(orderId, ct);

    /// <summary>Gives the email its recipient, makes it due, and adds the in-app notification of the same event.</summary>
    private void Address(OutgoingEmail email, OrderContact contact, DateTimeOffset now)
    {
        email.UserId = contact.UserId;
        email.Recipient = contact.Email;
        email.Status = EmailStatus.Pending;
        email.NextAttemptAt = now;
        db.Notifications.Add(new Notification
        {
            Id = Guid.CreateVersion7(now),
            UserId = contact.UserId,
            EventId = email.EventId,
            Title = email.Subject,
            Body = email.Body,
            CreatedAt = now,
        });
    }
}
