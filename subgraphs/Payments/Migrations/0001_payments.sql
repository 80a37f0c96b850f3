-- Payments: one row per order (docs/events.md, the checkout saga). Amounts in the currency's major unit.
CREATE TABLE payments (
    id                       uuid PRIMARY KEY,
    order_id                 uuid NOT NULL UNIQUE,
    user_id                  uuid NOT NULL,
    amount                   numeric(12, 2) NOT NULL CHECK (amount >= 0),
    currency                 char(3) NOT NULL,
    payment_method_id        text NOT NULL,
    status                   text NOT NULL CHECK (status IN ('PENDING', 'PROCESSING', 'SUCCEEDED', 'FAILED', 'CANCELLED', 'REFUNDED')),
    failure_code             text NULL,
    failure_reason           text NULL,
    stripe_payment_intent_id text NULL UNIQUE,
    stripe_refund_id         text NULL,
    created_at               timestamptz NOT NULL,
    updated_at               timestamptz NOT NULL
);

CREATE INDEX payments_user_id ON payments (user_id, created_at DESC);

-- The Stripe customer of each user (created on first charge).
CREATE TABLE stripe_customers (
    user_id     uuid PRIMARY KEY,
    customer_id text NOT NULL,
    created_at  timestamptz NOT NULL
);

-- Stock outcomes that arrived before the order itself.
CREATE TABLE inventory_outcomes (
    order_id    uuid PRIMARY KEY,
    outcome     text NOT NULL CHECK (outcome IN ('reserved', 'rejected')),
    received_at timestamptz NOT NULL
);
