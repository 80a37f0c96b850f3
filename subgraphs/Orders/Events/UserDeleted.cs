using Graph.Messaging;

namespace Graph.Orders.Events;

/// <summary><c>user.deleted.v1</c> on <c>user.deleted</c> (Users): the account is gone; its personal data here is erased.</summary>
public sealed record UserDeleted(Guid UserId) : IntegrationEvent
{
    public override string GetAggregateId() => UserId.ToString();
}
