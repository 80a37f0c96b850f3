using Graph.Messaging;

namespace Graph.Users.Events;

/// <summary>
/// A user deleted their account (topic <c>user.deleted</c>, type <c>user.deleted.v1</c>): every service anonymizes
/// or removes what it holds about <see cref="UserId"/>.
/// </summary>
public sealed record UserDeletedIntegrationEvent(Guid UserId) : IntegrationEvent
{
    public const string Topic = "user.deleted";

    public const string TypeName = "user.deleted.v1";

    public override string GetAggregateId() => UserId.ToString();
}
