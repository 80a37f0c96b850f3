namespace Graph.Notifications.GraphQL;

/// <summary>Subscription bus topics: one per user, so a subscriber can only ever receive their own notifications.</summary>
public static class NotificationTopics
{
    public static string ForUser(Guid userId) => $"notifications:{userId:N}";
}
