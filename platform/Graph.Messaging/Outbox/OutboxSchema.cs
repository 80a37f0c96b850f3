namespace Graph.Messaging;

/// <summary>
/// The DDL of the outbox and inbox tables, for services that migrate with SQL scripts instead of
/// EF (no <c>dotnet ef</c> here). It is kept equal to <see cref="MessagingModelBuilderExtensions"/>;
/// a test runs the relay and a consumer against a database created from it.
/// </summary>
public static class OutboxSchema
{
    public const string OutboxTable = "outbox_messages";

    public const string InboxTable = "inbox_messages";

    /// <summary>Idempotent: safe to run on every start.</summary>
    public const string CreateSql =
        """
        CREATE TABLE IF NOT EXISTS outbox_messages (
            id uuid NOT NULL,
            sequence bigint GENERATED ALWAYS AS IDENTITY,
            type text NOT NULL,
            topic text NOT NULL,
            key text NOT NULL,
            payload text NOT NULL,
            traceparent text NULL,
            tracestate text NULL,
            created_at timestamp with time zone NOT NULL,
            sent_at timestamp with time zone NULL,
            attempts integer NOT NULL,
            last_error text NULL,
            CONSTRAINT pk_outbox_messages PRIMARY KEY (id)
        );
        CREATE INDEX IF NOT EXISTS ix_outbox_messages_unsent ON outbox_messages (sequence) WHERE sent_at IS NULL;
        CREATE INDEX IF NOT EXISTS ix_outbox_messages_sent_at ON outbox_messages (sent_at) WHERE sent_at IS NOT NULL;
        CREATE TABLE IF NOT EXISTS inbox_messages (
            consumer text NOT NULL,
            message_id uuid NOT NULL,
            type text NOT NULL,
            processed_at timestamp with time zone NOT NULL,
            CONSTRAINT pk_inbox_messages PRIMARY KEY (consumer, message_id)
        );
        CREATE INDEX IF NOT EXISTS ix_inbox_messages_processed_at ON inbox_messages (processed_at);
        """;
}
