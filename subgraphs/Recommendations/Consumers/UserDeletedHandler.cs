using Graph.Messaging;
using Graph.Recommendations.Events;
using Graph.Recommendations.Infrastructure;
using Graph.Recommendations.Projection;

namespace Graph.Recommendations.Consumers;

/// <summary>
/// <c>user.deleted.v1</c> (docs/events.md): the user's purchase and rating facts stop naming them, by being deleted
/// with the derived rows they fed (<see cref="UserErasure"/>). In the consumer's transaction with its inbox row and
/// under <see cref="ProjectionLock"/>, like every other writer; a second delivery finds nothing left to erase.
/// </summary>
public sealed class UserDeletedHandler(RecommendationsDb db, UserErasure erasure) : IIntegrationEventHandler<UserDeleted>
{
    public async Task HandleAsync(UserDeleted integrationEvent, IntegrationEventContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(integrationEvent);
        await ProjectionLock.AcquireAsync(db, cancellationToken).ConfigureAwait(false);
        await erasure.EraseAsync(integrationEvent.UserId, cancellationToken).ConfigureAwait(false);
    }
}
