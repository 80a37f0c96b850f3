-- Accounts erased by user.deleted (docs/events.md): their payments stay (bookkeeping) without the Stripe payment
-- method id, their Stripe customer mapping is deleted, and an order.created of theirs that arrives later is failed
-- without contacting Stripe, so no new Stripe customer is ever created with their email. Only the id is kept: it names
-- nobody once Users deleted the account.
CREATE TABLE erased_users (
    user_id uuid PRIMARY KEY,
    erased_at timestamptz NOT NULL
);
