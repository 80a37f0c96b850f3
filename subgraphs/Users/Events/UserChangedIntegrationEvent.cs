using Graph.Messaging;
using Graph.ServiceDefaults.Caching;

namespace Graph.Users.Events;

/// <summary>
/// A user's profile changed or the user was deleted (topic <c>user.changed</c>, type <c>user.changed.v1</c>). Carries
/// the entity tags (<c>User:&lt;id&gt;</c>) that caches holding the user evict.
/// </summary>
public sealed record UserChangedIntegrationEvent(Guid UserId, IReadOnlyList<string> Tags) : IntegrationEvent, IEntitiesChanged
{
    public const string Topic = "user.changed";

    public const string TypeName = "user.changed.v1";

    public static UserChangedIntegrationEvent For(Guid userId) => new(userId, [EntityTag(userId)]);

    /// <summary>The cache tag of a user, <c>User:&lt;id&gt;</c>.</summary>
    public static string EntityTag(Guid userId) => "User:" + userId;

    public override string GetAggregateId() => UserId.ToString();
}
