-- Reviews schema: reviews, helpful votes and the purchases projection fed by Orders' events. The outbox and inbox
-- tables come from ServiceDefaults' 0000_messaging script. Every limit the mutations check is also a CHECK here.

CREATE TABLE reviews (
    id uuid PRIMARY KEY,
    product_id uuid NOT NULL,
    author_id uuid NOT NULL,
    rating integer NOT NULL CHECK (rating BETWEEN 1 AND 5),
    title text NOT NULL CHECK (char_length(title) BETWEEN 1 AND 120),
    body text NOT NULL CHECK (char_length(body) <= 4000),
    hidden boolean NOT NULL DEFAULT false,
    helpful_count integer NOT NULL DEFAULT 0 CHECK (helpful_count >= 0),
    created_at timestamptz NOT NULL,
    updated_at timestamptz NOT NULL
);
-- One review per user and product; addReview handles the race on it.
CREATE UNIQUE INDEX ux_reviews_product_author ON reviews (product_id, author_id);
-- Product.reviews: one index per ordering (a page is an index range scan from the cursor), keyset on
-- (key, created_at, id) after the product. HIGHEST and LOWEST need one each: their directions are mixed.
CREATE INDEX ix_reviews_product_newest ON reviews (product_id, created_at DESC, id DESC);
CREATE INDEX ix_reviews_product_highest ON reviews (product_id, rating DESC, created_at DESC, id DESC);
CREATE INDEX ix_reviews_product_lowest ON reviews (product_id, rating, created_at DESC, id DESC);
CREATE INDEX ix_reviews_product_helpful ON reviews (product_id, helpful_count DESC, created_at DESC, id DESC);
-- User.reviews: newest first.
CREATE INDEX ix_reviews_author ON reviews (author_id, created_at DESC, id DESC);

CREATE TABLE helpful_votes (
    review_id uuid NOT NULL REFERENCES reviews (id) ON DELETE CASCADE,
    user_id uuid NOT NULL,
    created_at timestamptz NOT NULL,
    PRIMARY KEY (review_id, user_id)
);

-- The purchases projection (docs/events.md, order.create and order.status). Facts only ever become true, so duplicate
-- and out-of-order events converge: an order counts as a purchase when paid and not refunded, once its lines are known.
CREATE TABLE purchase_orders (
    order_id uuid PRIMARY KEY,
    user_id uuid NOT NULL,
    paid boolean NOT NULL DEFAULT false,
    refunded boolean NOT NULL DEFAULT false
);
CREATE INDEX ix_purchase_orders_user ON purchase_orders (user_id);

CREATE TABLE purchase_lines (
    order_id uuid NOT NULL REFERENCES purchase_orders (order_id) ON DELETE CASCADE,
    product_id uuid NOT NULL,
    PRIMARY KEY (order_id, product_id)
);
CREATE INDEX ix_purchase_lines_product ON purchase_lines (product_id);
