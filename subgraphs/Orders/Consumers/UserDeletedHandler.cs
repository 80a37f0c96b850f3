using Graph.Messaging;
using Graph.Orders.Events;
using Graph.Orders.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Graph.Orders.Consumers;

/// <summary>
/// <c>user.deleted.v1</c> (docs/events.md): the user's cart is deleted and the email copied onto their orders is
/// erased. Orders themselves stay (bookkeeping), keyed by an id that no longer names anybody. Idempotent by nature.
/// </summary>
public sealed class UserDeletedHandler(OrdersDb db) : IIntegrationEventHandler<UserDeleted>
{
    public async Task HandleAsync(UserDeleted integrationEvent, IntegrationEventContext context, CancellationToken cancellationToken)
    {
        var userId = integrationEvent.UserId;
        await db.Orders.Where(o => o.UserId == userId)
            .ExecuteUpdateAsync(o => o.SetProperty(x => x.CustomerEmail, ""), cancellationToken).ConfigureAwait(false);
        await db.Carts.Where(c => c.UserId == userId).ExecuteDeleteAsync(cancellationToken).ConfigureAwait(false);
    }
}
