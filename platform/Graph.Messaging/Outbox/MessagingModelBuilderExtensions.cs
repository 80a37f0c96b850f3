using Microsoft.EntityFrameworkCore;

namespace Graph.Messaging;

/// <summary>
/// Adds the outbox and inbox tables to a service's own model (call from <c>OnModelCreating</c>).
/// Names are fixed and snake_case so <see cref="OutboxSchema.CreateSql"/> matches them.
/// </summary>
public static class MessagingModelBuilderExtensions
{
    public static ModelBuilder AddOutbox(this ModelBuilder modelBuilder)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);
        modelBuilder.Entity<OutboxMessage>(b =>
        {
            b.ToTable(OutboxSchema.OutboxTable);
            b.HasKey(x => x.Id).HasName("pk_outbox_messages");
            b.Property(x => x.Id).HasColumnName("id").ValueGeneratedNever();
            b.Property(x => x.Sequence).HasColumnName("sequence").UseIdentityAlwaysColumn();
            b.Property(x => x.Type).HasColumnName("type").IsRequired();
            b.Property(x => x.Topic).HasColumnName("topic").IsRequired();
            b.Property(x => x.Key).HasColumnName("key").IsRequired();
            b.Property(x => x.Payload).HasColumnName("payload").IsRequired();
            b.Property(x => x.TraceParent).HasColumnName("traceparent");
            b.Property(x => x.TraceState).HasColumnName("tracestate");
            b.Property(x => x.CreatedAt).HasColumnName("created_at");
            b.Property(x => x.SentAt).HasColumnName("sent_at");
            b.Property(x => x.Attempts).HasColumnName("attempts");
            b.Property(x => x.LastError).HasColumnName("last_error");
            // The relay only ever looks for unsent rows in sequence order.
            b.HasIndex(x => x.Sequence).HasDatabaseName("ix_outbox_messages_unsent").HasFilter("sent_at IS NULL");
            // The retention sweep removes sent rows by age (MessageRetentionSweeper).
            b.HasIndex(x => x.SentAt).HasDatabaseName("ix_outbox_messages_sent_at").HasFilter("sent_at IS NOT NULL");
        });
        return modelBuilder;
    }

    public static ModelBuilder AddInbox(this ModelBuilder modelBuilder)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);
        modelBuilder.Entity<InboxMessage>(b =>
        {
            b.ToTable(OutboxSchema.InboxTable);
            b.HasKey(x => new { x.Consumer, x.MessageId }).HasName("pk_inbox_messages");
            b.Property(x => x.Consumer).HasColumnName("consumer");
            b.Property(x => x.MessageId).HasColumnName("message_id");
            b.Property(x => x.Type).HasColumnName("type").IsRequired();
            b.Property(x => x.ProcessedAt).HasColumnName("processed_at");
            b.HasIndex(x => x.ProcessedAt).HasDatabaseName("ix_inbox_messages_processed_at");
        });
        return modelBuilder;
    }
}
