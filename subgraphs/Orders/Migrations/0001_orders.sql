-- Orders schema: orders with their line snapshots and status history, and carts. The outbox and inbox tables come
-- from ServiceDefaults' 0000_messaging script. Every limit the mutations check is also a CHECK here.

CREATE TABLE orders (
    id uuid PRIMARY KEY,
    user_id uuid NOT NULL,
    customer_email text NOT NULL CHECK (char_length(customer_email) <= 320),
    idempotency_key text NOT NULL CHECK (char_length(idempotency_key) BETWEEN 1 AND 100),
    status text NOT NULL CHECK (status IN ('PENDING', 'PAID', 'PAYMENT_FAILED', 'REJECTED', 'SHIPPED', 'DELIVERED', 'CANCELLED', 'REFUNDED')),
    currency char(3) NOT NULL CHECK (currency ~ '^[A-Z]{3}$'),
    total numeric(12, 2) NOT NULL CHECK (total >= 0),
    payment_method_id text NOT NULL CHECK (char_length(payment_method_id) BETWEEN 1 AND 100),
    shipping_address_id text NOT NULL CHECK (char_length(shipping_address_id) BETWEEN 1 AND 100),
    carrier text NULL CHECK (char_length(carrier) <= 100),
    tracking_number text NULL CHECK (char_length(tracking_number) <= 100),
    created_at timestamptz NOT NULL,
    updated_at timestamptz NOT NULL
);
-- The same idempotency key never creates a second order of the same user (checkout handles the race on it).
CREATE UNIQUE INDEX ux_orders_idempotency ON orders (user_id, idempotency_key);
-- myOrders / User.orders: newest first, keyset on (created_at, id).
CREATE INDEX ix_orders_user ON orders (user_id, created_at DESC, id DESC);

CREATE TABLE order_lines (
    id uuid PRIMARY KEY,
    order_id uuid NOT NULL REFERENCES orders (id) ON DELETE CASCADE,
    position integer NOT NULL CHECK (position >= 0),
    kind text NOT NULL CHECK (kind IN ('PRODUCT', 'COUPON')),
    item_id uuid NOT NULL,
    name text NOT NULL CHECK (char_length(name) BETWEEN 1 AND 200),
    unit_price numeric(12, 2) NOT NULL CHECK (unit_price >= 0),
    quantity integer NOT NULL CHECK (quantity BETWEEN 1 AND 99),
    UNIQUE (order_id, position)
);

CREATE TABLE order_status_history (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    order_id uuid NOT NULL REFERENCES orders (id) ON DELETE CASCADE,
    status text NOT NULL,
    at timestamptz NOT NULL
);
CREATE INDEX ix_order_status_history_order ON order_status_history (order_id, id);

CREATE TABLE carts (
    id uuid PRIMARY KEY,
    user_id uuid NULL UNIQUE,
    anonymous_id uuid NULL UNIQUE,
    updated_at timestamptz NOT NULL,
    CHECK ((user_id IS NULL) <> (anonymous_id IS NULL))
);

CREATE TABLE cart_lines (
    id uuid PRIMARY KEY,
    cart_id uuid NOT NULL REFERENCES carts (id) ON DELETE CASCADE,
    kind text NOT NULL CHECK (kind IN ('PRODUCT', 'COUPON')),
    item_id uuid NOT NULL,
    quantity integer NOT NULL CHECK (quantity BETWEEN 1 AND 99),
    added_at timestamptz NOT NULL,
    UNIQUE (cart_id, kind, item_id)
);
