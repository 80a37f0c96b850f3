using Graph.Messaging;

namespace Graph.Notifications.Events;

/// <summary>
/// Published on <c>notification.dlq</c> (type <c>notification.dead-lettered.v1</c>), through the outbox in the
/// transaction that marks the email dead: the email could not be sent after every attempt. The row stays in
/// <c>emails</c> (status DEAD) for <c>deadLetters</c> / <c>replayDeadLetter</c>; this event is for operators' tooling.
/// </summary>
public sealed record NotificationDeadLettered(
    Guid EmailId, Guid EventId, string EventType, Guid OrderId, string? Recipient, string Subject, string Error, int Attempts)
    : IntegrationEvent
{
    public const string Topic = "notification.dlq";
    public const string TypeName = "notification.dead-lettered.v1";

    public override string GetAggregateId() => EmailId.ToString();
}
