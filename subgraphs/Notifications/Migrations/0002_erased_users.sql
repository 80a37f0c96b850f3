-- Accounts erased by user.deleted (docs/events.md): their inbox, email log and order contacts were deleted, and an
-- order event still in flight (or replayed) that names one of them is ignored, so it cannot write their address back.
-- Only the id is kept: it names nobody once Users deleted the account.
CREATE TABLE erased_users (
    user_id uuid PRIMARY KEY,
    erased_at timestamptz NOT NULL
);
