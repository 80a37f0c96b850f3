using Graph.Messaging;

namespace Graph.Payments.Events;

/// <summary><c>user.deleted.v1</c> on <c>user.deleted</c> (Users, docs/events.md): the account is gone; its personal data here is erased.</summary>
public sealed record UserDeleted(Guid UserId) : IntegrationEvent
{
    public override string GetAggregateId() => UserId.ToString();
}
