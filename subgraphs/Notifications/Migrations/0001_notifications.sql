-- Notifications schema: who to tell about an order, the in-app inbox, and the email outbox.
-- The email outbox is the retry queue and the dead-letter store: one row per consumed event (UNIQUE event_id is the
-- "exactly one email per event" guarantee, on top of the inbox), sent by the dispatcher with attempts and backoff;
-- after the last failed attempt the row is DEAD and a notification.dead-lettered.v1 event goes to notification.dlq
-- in the same transaction. The outbox and inbox tables of Graph.Messaging come from ServiceDefaults' 0000 script.

-- Payment events name only the order: the customer comes from order.create / order.status.
CREATE TABLE order_contacts (
    order_id uuid PRIMARY KEY,
    user_id uuid NOT NULL,
    email text NOT NULL CHECK (char_length(email) BETWEEN 3 AND 320),
    updated_at timestamptz NOT NULL
);

CREATE TABLE notifications (
    id uuid PRIMARY KEY,
    user_id uuid NOT NULL,
    event_id uuid NOT NULL UNIQUE,
    title text NOT NULL CHECK (char_length(title) BETWEEN 1 AND 200),
    body text NOT NULL CHECK (char_length(body) <= 4000),
    read boolean NOT NULL DEFAULT false,
    created_at timestamptz NOT NULL,
    -- Set once the notification went out on the subscription bus (notificationReceived); NULL rows are pushed by
    -- the dispatcher after their transaction committed.
    pushed_at timestamptz NULL
);
CREATE INDEX ix_notifications_user ON notifications (user_id, created_at DESC, id DESC);
CREATE INDEX ix_notifications_unpushed ON notifications (created_at) WHERE pushed_at IS NULL;

CREATE TABLE emails (
    id uuid PRIMARY KEY,
    event_id uuid NOT NULL UNIQUE,
    event_type text NOT NULL CHECK (char_length(event_type) <= 200),
    order_id uuid NOT NULL,
    user_id uuid NULL,
    recipient text NULL CHECK (char_length(recipient) <= 320),
    subject text NOT NULL CHECK (char_length(subject) BETWEEN 1 AND 200),
    body text NOT NULL CHECK (char_length(body) <= 8000),
    status text NOT NULL CHECK (status IN ('WAITING_FOR_ORDER', 'PENDING', 'SENT', 'DEAD')),
    attempts integer NOT NULL DEFAULT 0 CHECK (attempts >= 0),
    last_error text NULL CHECK (char_length(last_error) <= 2000),
    next_attempt_at timestamptz NOT NULL,
    replays integer NOT NULL DEFAULT 0 CHECK (replays >= 0),
    created_at timestamptz NOT NULL,
    sent_at timestamptz NULL,
    dead_at timestamptz NULL,
    CHECK (status = 'WAITING_FOR_ORDER' OR (recipient IS NOT NULL AND user_id IS NOT NULL))
);
CREATE INDEX ix_emails_due ON emails (next_attempt_at) WHERE status = 'PENDING';
CREATE INDEX ix_emails_waiting ON emails (order_id) WHERE status = 'WAITING_FOR_ORDER';
CREATE INDEX ix_emails_dead ON emails (dead_at DESC, id DESC) WHERE status = 'DEAD';
