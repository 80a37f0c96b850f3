-- Stock reservations of the checkout saga (docs/events.md): one row per order that reached the Catalog, with the
-- lines it asked for. The row is the saga's memory here: a second order.create for the order finds it and does
-- nothing, and a release only gives back what a RESERVED row holds (then marks it RELEASED, so it happens once).
-- A release that arrives before the order (topics are not ordered with each other) leaves a RELEASED row with no
-- lines, so the late order.create reserves nothing for a cancelled order.

CREATE TABLE reservations (
    order_id uuid PRIMARY KEY,
    state text NOT NULL CHECK (state IN ('RESERVED', 'RELEASED', 'REJECTED')),
    reason text NULL CHECK (reason IS NULL OR char_length(reason) <= 100),
    created_at timestamptz NOT NULL,
    updated_at timestamptz NOT NULL,
    CHECK ((state = 'REJECTED') = (reason IS NOT NULL))
);

CREATE TABLE reservation_lines (
    order_id uuid NOT NULL REFERENCES reservations (order_id) ON DELETE CASCADE,
    kind text NOT NULL CHECK (kind IN ('PRODUCT', 'COUPON')),
    -- No foreign key: a line may name an item that does not exist (the order is then rejected, and the row says so).
    item_id uuid NOT NULL,
    quantity integer NOT NULL CHECK (quantity > 0),
    PRIMARY KEY (order_id, kind, item_id)
);
