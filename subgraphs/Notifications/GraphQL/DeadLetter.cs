using Graph.Types;

namespace Graph.Notifications.GraphQL;

/// <summary>An email that could not be sent after every attempt (an <c>emails</c> row in state DEAD), as admins see it.</summary>
[GraphQLDescription("A customer email that could not be sent after every attempt; also published on `notification.dlq`.")]
public sealed record DeadLetter(
    [ID, GraphQLDescription("The email's id (the argument of `replayDeadLetter`).")] Guid Id,
    [GraphQLDescription("The id of the event the email was written for.")] Guid EventId,
    [GraphQLDescription("The type of that event, e.g. `payment.succeeded.v1`.")] string EventType,
    [GraphQLDescription("The order the email is about.")] Guid OrderId,
    [GraphQLDescription("The recipient's address.")] string? Recipient,
    [GraphQLDescription("The subject.")] string Subject,
    [GraphQLDescription("The last error (the relay's reply or the connection failure).")] string? Error,
    [GraphQLDescription("How many attempts were made.")] int Attempts,
    [GraphQLDescription("How many times an admin replayed it before.")] int Replays,
    [GraphQLDescription("When the last attempt failed.")] DateTimeOffset? FailedAt);
