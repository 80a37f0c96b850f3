using Graph.Types;

namespace Graph.Notifications.Domain;

/// <summary>An in-app notification: one per consumed event that concerns a customer.</summary>
[GraphQLDescription("A message in the user's in-app inbox.")]
public sealed class Notification
{
    [ID]
    [GraphQLDescription("The notification's id.")]
    public Guid Id { get; set; }

    [GraphQLIgnore]
    public Guid UserId { get; set; }

    [GraphQLIgnore]
    public Guid EventId { get; set; }

    [GraphQLDescription("A short title, e.g. \"Payment received\".")]
    public string Title { get; set; } = string.Empty;

    [GraphQLDescription("The text of the notification.")]
    public string Body { get; set; } = string.Empty;

    [GraphQLDescription("Whether the user marked it read.")]
    public bool Read { get; set; }

    [GraphQLDescription("When it was created.")]
    public DateTimeOffset CreatedAt { get; set; }

    [GraphQLIgnore]
    public DateTimeOffset? PushedAt { get; set; }
}
