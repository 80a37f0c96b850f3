using Graph.AspNetCore.Subscriptions;
using Graph.Messaging;
using Graph.Notifications.Domain;
using Graph.Notifications.Events;
using Graph.Notifications.GraphQL;
using Graph.Notifications.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Graph.Notifications.Email;

/// <summary>
/// Works the email outbox: sends due emails one per transaction (the row locked <c>FOR UPDATE SKIP LOCKED</c>, so
/// replicas never send the same email together), records failures with exponential backoff, and after
/// <see cref="EmailDispatchOptions.MaxAttempts"/> marks the email dead and writes <see cref="NotificationDeadLettered"/>
/// to the outbox in the same transaction. Also pushes committed in-app notifications to the subscription bus.
/// A crash after the relay accepted an email but before the commit sends it again on restart (at least once).
/// </summary>
public sealed class EmailDispatcher(
    IServiceScopeFactory scopes,
    IEmailSender sender,
    ITopicEventSender bus,
    IOptions<EmailDispatchOptions> options,
    TimeProvider clock,
    ILogger<EmailDispatcher> logger) : BackgroundService
{
    private const int MaxErrorLength = 2000;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await PushNotificationsAsync(stoppingToken);
                await SendDueEmailsAsync(stoppingToken);
            }
            catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
            {
                // Database down: try again at the next poll.
                logger.LogWarning(ex, "The email outbox could not be processed; retrying.");
            }

            try { await Task.Delay(options.Value.PollInterval, clock, stoppingToken); }
            catch (OperationCanceledException) { return; }
        }
    }

    /// <summary>Sends the due emails; returns how many were tried.</summary>
    internal async Task<int> SendDueEmailsAsync(CancellationToken ct)
    {
        var settings = options.Value;
        var tried = 0;
        while (tried < settings.BatchSize && await SendNextAsync(settings, ct)) tried++;
        return tried;
    }

    private async Task<bool> SendNextAsync(EmailDispatchOptions settings, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<NotificationsDb>();
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var now = clock.GetUtcNow();
        var email = await db.Emails
            .FromSql($"SELECT * FROM emails WHERE status = 'PENDING' AND next_attempt_at <= {now} ORDER BY next_attempt_at, id LIMIT 1 FOR UPDATE SKIP LOCKED")
            .SingleOrDefaultAsync(ct);
        if (email is null) return false;

        try
        {
            await sender.SendAsync(new EmailMessage(email.Id, email.Recipient!, email.Subject, email.Body,
                [new("X-Graph-Event-Id", email.EventId.ToString()), new("X-Graph-Event-Type", email.EventType)]), ct);
            email.Status = EmailStatus.Sent;
            email.SentAt = clock.GetUtcNow();
            email.LastError = null;
        }
        catch (SmtpDeliveryException ex)
        {
            RecordFailure(db, email, ex.Message, settings);
        }

        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return true;
    }

    private void RecordFailure(NotificationsDb db, OutgoingEmail email, string error, EmailDispatchOptions settings)
    {
        var now = clock.GetUtcNow();
        email.Attempts++;
        email.LastError = error.Length <= MaxErrorLength ? error : error[..MaxErrorLength];
        if (email.Attempts < settings.MaxAttempts)
        {
            email.NextAttemptAt = now + settings.BackoffAfter(email.Attempts);
            logger.LogInformation("Email {EmailId} failed (attempt {Attempt} of {MaxAttempts}): {Error}",
                email.Id, email.Attempts, settings.MaxAttempts, email.LastError);
            return;
        }

        email.Status = EmailStatus.Dead;
        email.DeadAt = now;
        db.AddIntegrationEvent(new NotificationDeadLettered(
            email.Id, email.EventId, email.EventType, email.OrderId, email.Recipient, email.Subject, email.LastError, email.Attempts));
        logger.LogWarning("Email {EmailId} dead-lettered after {Attempts} attempts: {Error}", email.Id, email.Attempts, email.LastError);
    }

    /// <summary>Publishes committed notifications not yet on the bus (topic per user, <see cref="NotificationTopics"/>).</summary>
    internal async Task PushNotificationsAsync(CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<NotificationsDb>();
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var batch = await db.Notifications
            .FromSql($"SELECT * FROM notifications WHERE pushed_at IS NULL ORDER BY created_at, id LIMIT {options.Value.BatchSize} FOR UPDATE SKIP LOCKED")
            .ToListAsync(ct);
        if (batch.Count == 0) return;
        var now = clock.GetUtcNow();
        foreach (var notification in batch)
        {
            await bus.SendAsync(NotificationTopics.ForUser(notification.UserId), notification, ct);
            notification.PushedAt = now;
        }
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
    }
}
