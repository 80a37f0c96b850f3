using Graph.ServiceDefaults.Errors;
using Graph.Types;

namespace Graph.Notifications.GraphQL;

/// <summary>The dead letter was already replayed and sent, or is being retried: replaying again would send twice.</summary>
[ObjectType]
[GraphQLDescription("Only a dead letter can be replayed, and only once it is dead again.")]
public sealed record DeadLetterNotReplayableError([GraphQLDescription("The email's current state.")] string Status) : IError
{
    [GraphQLDescription("What went wrong, in English, for people.")]
    public string Message => $"This email is {Status.ToLowerInvariant().Replace('_', ' ')}, not dead: it cannot be replayed.";

    [GraphQLDescription("A stable machine-readable code.")]
    public string Code => "DEAD_LETTER_NOT_REPLAYABLE";
}

/// <summary>The error unions of this subgraph's mutations, declared in SDL (the shared error records are in ServiceDefaults).</summary>
public static class MutationErrorUnions
{
    public const string MarkNotificationRead = "MarkNotificationReadError";
    public const string ReplayDeadLetter = "ReplayDeadLetterError";

    /// <summary>Every mutation error union of the service, for <c>AddMutationErrorUnions</c>.</summary>
    public static readonly MutationErrorUnion[] Unions =
    [
        new(MarkNotificationRead, "markNotificationRead", ["NotFoundError"]),
        new(ReplayDeadLetter, "replayDeadLetter", ["NotFoundError", "DeadLetterNotReplayableError"]),
    ];
}
