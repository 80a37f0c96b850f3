-- Recommendations schema. Two kinds of tables (README, "State"):
--  * facts, as the events told them and only ever added to (order_facts, order_lines, user_ratings): duplicates and
--    any delivery order end in the same rows;
--  * derived tables (purchases, user_products, co_purchases, product_sales), changed by the projection exactly when an
--    order starts or stops counting as a purchase, and rebuilt from the facts by `rebuild`.
-- The outbox and inbox tables come from ServiceDefaults' 0000_messaging script.

-- An order as Orders' events (docs/events.md, order.create and order.status) describe it. It counts as a purchase
-- when created (its lines are known) and paid (PAID, SHIPPED or DELIVERED seen) and not ended (REFUNDED or CANCELLED).
CREATE TABLE order_facts (
    order_id uuid PRIMARY KEY,
    user_id uuid NOT NULL,
    created boolean NOT NULL DEFAULT false,
    paid boolean NOT NULL DEFAULT false,
    ended boolean NOT NULL DEFAULT false,
    -- The earliest time of a paid status event: when the purchase happened (trending windows).
    paid_at timestamptz
);

CREATE TABLE order_lines (
    order_id uuid NOT NULL REFERENCES order_facts (order_id) ON DELETE CASCADE,
    product_id uuid NOT NULL,
    PRIMARY KEY (order_id, product_id)
);

-- The latest rating a user gave a product (review.changed); null once the review was deleted or hidden. changed_at is
-- the event's time, so an older event arriving late changes nothing.
CREATE TABLE user_ratings (
    user_id uuid NOT NULL,
    product_id uuid NOT NULL,
    rating smallint CHECK (rating BETWEEN 1 AND 5),
    changed_at timestamptz NOT NULL,
    PRIMARY KEY (user_id, product_id)
);

-- Derived: one row per product of a counting order.
CREATE TABLE purchases (
    order_id uuid NOT NULL,
    product_id uuid NOT NULL,
    user_id uuid NOT NULL,
    paid_at timestamptz NOT NULL,
    PRIMARY KEY (order_id, product_id)
);
CREATE INDEX ix_purchases_paid_at ON purchases (paid_at, product_id);

-- Derived: how many counting orders of a user hold a product (a row only while at least one does).
CREATE TABLE user_products (
    user_id uuid NOT NULL,
    product_id uuid NOT NULL,
    orders integer NOT NULL CHECK (orders >= 0),
    PRIMARY KEY (user_id, product_id)
);

-- Derived: how many distinct users bought both products (both directions stored, so a product's neighbours are one
-- index range). A row only while the count is positive.
CREATE TABLE co_purchases (
    product_id uuid NOT NULL,
    other_product_id uuid NOT NULL,
    users integer NOT NULL CHECK (users >= 0),
    PRIMARY KEY (product_id, other_product_id),
    CHECK (product_id <> other_product_id)
);
CREATE INDEX ix_co_purchases_rank ON co_purchases (product_id, users DESC, other_product_id);

-- Derived: counting orders per product, all time (top sellers for the cold start).
CREATE TABLE product_sales (
    product_id uuid PRIMARY KEY,
    orders integer NOT NULL CHECK (orders >= 0)
);
CREATE INDEX ix_product_sales_rank ON product_sales (orders DESC, product_id);
