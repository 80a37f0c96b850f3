-- Accounts erased by user.deleted (docs/events.md): their facts and derived rows were deleted, and a later event that
-- names one of them (an order or rating event still in flight, or replayed) is ignored, so it cannot bring the
-- person's data back in whatever order the topics deliver. Only the id is kept: it names nobody once Users deleted
-- the account.
CREATE TABLE erased_users (
    user_id uuid PRIMARY KEY,
    erased_at timestamptz NOT NULL
);
