using Graph.AspNetCore.Authorization;
using Graph.Data;
using Graph.Notifications.Domain;
using Graph.Notifications.Infrastructure;
using Graph.ServiceDefaults.Errors;
using Graph.Types;
using Graph.Types.Resolvers;
using Microsoft.EntityFrameworkCore;

namespace Graph.Notifications.GraphQL;

/// <summary>The dead letters, newest first (admins only).</summary>
[QueryType]
public static class DeadLetterQueries
{
    [Authorize(Roles = ["admin"])]
    [GraphQLDescription("Emails that could not be sent after every attempt, newest first (admins only). At most 50 per page.")]
    public static async Task<Connection<DeadLetter>> GetDeadLettersAsync(
        IDbContextFactory<NotificationsDb> dbFactory,
        IResolverContext context,
        CancellationToken cancellationToken,
        [GraphQLDescription("Returns the first n dead letters after `after`.")] int? first = null,
        [GraphQLDescription("A cursor: returns the dead letters after it.")] string? after = null)
    {
        await using var db = dbFactory.CreateDbContext();
        return await db.Emails.AsNoTracking()
            .Where(e => e.Status == EmailStatus.Dead)
            .OrderByDescending(e => e.Id)
            .ToConnectionAsync(
                e => new DeadLetter(e.Id, e.EventId, e.EventType, e.OrderId, e.Recipient, e.Subject, e.LastError, e.Attempts, e.Replays, e.DeadAt),
                new PagingArguments(first, after) { IncludeTotalCount = context.IsSelected("totalCount") }, cancellationToken);
    }
}

/// <summary>The input of <c>replayDeadLetter</c>.</summary>
[GraphQLDescription("The dead letter to send again.")]
public sealed record ReplayDeadLetterInput([ID] [GraphQLDescription("The dead letter's id.")] Guid Id);

/// <summary>The result of <c>replayDeadLetter</c>.</summary>
[GraphQLDescription("The result of `replayDeadLetter`.")]
public sealed record ReplayDeadLetterPayload(
    [GraphQLDescription("True when the email is queued to be sent again.")] bool Queued,
    [property: GraphQLType("[" + MutationErrorUnions.ReplayDeadLetter + "!]!")]
    [GraphQLDescription("Why it was not queued; empty on success.")] IReadOnlyList<IError> Errors);

/// <summary>Sends a dead letter again (admins only).</summary>
[MutationType]
public static class DeadLetterMutations
{
    [Authorize(Roles = ["admin"])]
    [GraphQLDescription("Queues a dead letter to be sent again with fresh attempts (admins only). Only a DEAD email can be replayed, so one replay sends it at most once.")]
    public static async Task<ReplayDeadLetterPayload> ReplayDeadLetterAsync(
        ReplayDeadLetterInput input, NotificationsDb db, TimeProvider clock, CancellationToken cancellationToken)
    {
        // The conditional UPDATE is the check: of two concurrent replays only one finds the row DEAD.
        var now = clock.GetUtcNow();
        var replayed = await db.Emails
            .Where(e => e.Id == input.Id && e.Status == EmailStatus.Dead)
            .ExecuteUpdateAsync(s => s
                .SetProperty(e => e.Status, EmailStatus.Pending)
                .SetProperty(e => e.Attempts, 0)
                .SetProperty(e => e.NextAttemptAt, now)
                .SetProperty(e => e.Replays, e => e.Replays + 1), cancellationToken);
        if (replayed == 1) return new ReplayDeadLetterPayload(true, []);

        var status = await db.Emails.Where(e => e.Id == input.Id).Select(e => (EmailStatus?)e.Status).SingleOrDefaultAsync(cancellationToken);
        IError error = status is null
            ? new NotFoundError(nameof(DeadLetter), input.Id.ToString())
            : new DeadLetterNotReplayableError(NotificationsDb.StatusName(status.Value));
        return new ReplayDeadLetterPayload(false, [error]);
    }
}
