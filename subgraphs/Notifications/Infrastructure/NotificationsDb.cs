using Graph.Messaging;
using Graph.Notifications.Domain;
using Microsoft.EntityFrameworkCore;

namespace Graph.Notifications.Infrastructure;

/// <summary>
/// The Notifications' EF Core context over the tables of <c>Migrations/0001_notifications.sql</c>, with the
/// Graph.Messaging outbox (dead-letter events) and inbox (consumed events) in the same database.
/// </summary>
public sealed class NotificationsDb(DbContextOptions<NotificationsDb> options) : DbContext(options)
{
    public DbSet<OrderContact> OrderContacts => Set<OrderContact>();

    public DbSet<Notification> Notifications => Set<Notification>();

    public DbSet<OutgoingEmail> Emails => Set<OutgoingEmail>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.AddOutbox().AddInbox();

        modelBuilder.Entity<OrderContact>(b =>
        {
            b.ToTable("order_contacts");
            b.HasKey(x => x.OrderId);
            b.Property(x => x.OrderId).HasColumnName("order_id").ValueGeneratedNever();
            b.Property(x => x.UserId).HasColumnName("user_id");
            b.Property(x => x.Email).HasColumnName("email");
            b.Property(x => x.UpdatedAt).HasColumnName("updated_at");
        });

        modelBuilder.Entity<Notification>(b =>
        {
            b.ToTable("notifications");
            b.HasKey(x => x.Id);
            b.Property(x => x.Id).HasColumnName("id").ValueGeneratedNever();
            b.Property(x => x.UserId).HasColumnName("user_id");
            b.Property(x => x.EventId).HasColumnName("event_id");
            b.Property(x => x.Title).HasColumnName("title");
            b.Property(x => x.Body).HasColumnName("body");
            b.Property(x => x.Read).HasColumnName("read");
            b.Property(x => x.CreatedAt).HasColumnName("created_at");
            b.Property(x => x.PushedAt).HasColumnName("pushed_at");
        });

        modelBuilder.Entity<OutgoingEmail>(b =>
        {
            b.ToTable("emails");
            b.HasKey(x => x.Id);
            b.Property(x => x.Id).HasColumnName("id").ValueGeneratedNever();
            b.Property(x => x.EventId).HasColumnName("event_id");
            b.Property(x => x.EventType).HasColumnName("event_type");
            b.Property(x => x.OrderId).HasColumnName("order_id");
            b.Property(x => x.UserId).HasColumnName("user_id");
            b.Property(x => x.Recipient).HasColumnName("recipient");
            b.Property(x => x.Subject).HasColumnName("subject");
            b.Property(x => x.Body).HasColumnName("body");
            b.Property(x => x.Status).HasColumnName("status").HasConversion(
                s => StatusName(s), s => ParseStatus(s));
            b.Property(x => x.Attempts).HasColumnName("attempts");
            b.Property(x => x.LastError).HasColumnName("last_error");
            b.Property(x => x.NextAttemptAt).HasColumnName("next_attempt_at");
            b.Property(x => x.Replays).HasColumnName("replays");
            b.Property(x => x.CreatedAt).HasColumnName("created_at");
            b.Property(x => x.SentAt).HasColumnName("sent_at");
            b.Property(x => x.DeadAt).HasColumnName("dead_at");
        });
    }

    /// <summary>The status as stored (the CHECK of <c>emails.status</c>).</summary>
    internal static string StatusName(EmailStatus status) => status switch
    {
        EmailStatus.WaitingForOrder => "WAITING_FOR_ORDER",
        EmailStatus.Pending => "PENDING",
        EmailStatus.Sent => "SENT",
        EmailStatus.Dead => "DEAD",
        _ => throw new ArgumentOutOfRangeException(nameof(status)),
    };

    private static EmailStatus ParseStatus(string status) => status switch
    {
        "WAITING_FOR_ORDER" => EmailStatus.WaitingForOrder,
        "PENDING" => EmailStatus.Pending,
        "SENT" => EmailStatus.Sent,
        "DEAD" => EmailStatus.Dead,
        _ => throw new InvalidOperationException($"Unknown email status '{status}'."),
    };
}
