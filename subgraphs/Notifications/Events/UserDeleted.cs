using Graph.Messaging;

namespace Graph.Notifications.Events;

/// <summary><c>user.deleted.v1</c> on <c>user.deleted</c> (Users, docs/events.md): the account is gone; its personal data here is erased.</summary>
public sealed record UserDeleted(Guid UserId) : IntegrationEvent
{
    public const string Topic = "user.deleted";
    public const string TypeName = "user.deleted.v1";

    /// <summary>
    /// The consumer group of <see cref="Topic"/>: <c>&lt;service&gt;-user-deleted</c> like every consumer of this topic
    /// (docs/events.md), rather than this service's <c>notifications.&lt;topic&gt;</c>, so operators find one name
    /// per service for the erasure; it is still a group of its own (one topic per group).
    /// </summary>
    public const string ConsumerGroup = "notifications-user-deleted";

    public override string GetAggregateId() => UserId.ToString();
}
