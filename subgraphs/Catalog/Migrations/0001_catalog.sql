-- Catalog schema: categories, products, coupons, their inventory and festival offers.
-- Money is numeric(12,2) with an ISO 4217 currency; every constraint the mutations check is also a CHECK here,
-- so no path (a bug, a manual UPDATE) can store a negative price or stock. The outbox and inbox tables come from
-- ServiceDefaults' 0000_messaging script.

CREATE TABLE categories (
    id uuid PRIMARY KEY,
    name text NOT NULL CHECK (char_length(name) BETWEEN 1 AND 100),
    slug text NOT NULL UNIQUE CHECK (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    description text NOT NULL DEFAULT '' CHECK (char_length(description) <= 2000),
    parent_id uuid NULL REFERENCES categories (id) ON DELETE RESTRICT,
    created_at timestamptz NOT NULL,
    updated_at timestamptz NOT NULL,
    CHECK (parent_id IS NULL OR parent_id <> id)
);
CREATE INDEX ix_categories_parent ON categories (parent_id, name, id);

CREATE TABLE products (
    id uuid PRIMARY KEY,
    sku text NOT NULL CHECK (char_length(sku) BETWEEN 1 AND 64),
    name text NOT NULL CHECK (char_length(name) BETWEEN 1 AND 200),
    brand text NOT NULL CHECK (char_length(brand) BETWEEN 1 AND 100),
    description text NOT NULL DEFAULT '' CHECK (char_length(description) <= 5000),
    image_urls text[] NOT NULL DEFAULT '{}',
    price_amount numeric(12, 2) NOT NULL CHECK (price_amount >= 0),
    price_currency char(3) NOT NULL CHECK (price_currency ~ '^[A-Z]{3}$'),
    category_id uuid NOT NULL REFERENCES categories (id) ON DELETE RESTRICT,
    attributes jsonb NOT NULL DEFAULT '[]',
    created_at timestamptz NOT NULL,
    updated_at timestamptz NOT NULL,
    -- Full-text search (seed 001): name outweighs brand outweighs description.
    search_vector tsvector GENERATED ALWAYS AS (
        setweight(to_tsvector('english', name), 'A') ||
        setweight(to_tsvector('english', brand), 'B') ||
        setweight(to_tsvector('english', description), 'C')) STORED
);
CREATE UNIQUE INDEX ux_products_sku ON products (lower(sku));
CREATE INDEX ix_products_search ON products USING gin (search_vector);
CREATE INDEX ix_products_category ON products (category_id, name, id);
CREATE INDEX ix_products_brand ON products (lower(brand));
-- Keyset paging of searchProducts: one index per order, each ending in the id tie-breaker.
CREATE INDEX ix_products_price ON products (price_amount, id);
CREATE INDEX ix_products_created ON products (created_at, id);
CREATE INDEX ix_products_name ON products (name, id);

CREATE TABLE coupons (
    id uuid PRIMARY KEY,
    title text NOT NULL CHECK (char_length(title) BETWEEN 1 AND 200),
    company text NOT NULL CHECK (char_length(company) BETWEEN 1 AND 100),
    category_id uuid NOT NULL REFERENCES categories (id) ON DELETE RESTRICT,
    price_amount numeric(12, 2) NOT NULL CHECK (price_amount >= 0),
    price_currency char(3) NOT NULL CHECK (price_currency ~ '^[A-Z]{3}$'),
    discount_percent numeric(5, 2) NOT NULL CHECK (discount_percent > 0 AND discount_percent <= 100),
    valid_from timestamptz NOT NULL,
    valid_until timestamptz NOT NULL,
    terms text NOT NULL DEFAULT '' CHECK (char_length(terms) <= 5000),
    created_at timestamptz NOT NULL,
    updated_at timestamptz NOT NULL,
    CHECK (valid_from < valid_until)
);
CREATE INDEX ix_coupons_category ON coupons (category_id, id);

-- Seed 002: stock per item; available = on_hand - reserved, never negative.
CREATE TABLE product_inventory (
    product_id uuid PRIMARY KEY REFERENCES products (id) ON DELETE CASCADE,
    on_hand integer NOT NULL CHECK (on_hand >= 0),
    reserved integer NOT NULL DEFAULT 0 CHECK (reserved >= 0),
    updated_at timestamptz NOT NULL,
    CHECK (reserved <= on_hand)
);

CREATE TABLE coupon_inventory (
    coupon_id uuid PRIMARY KEY REFERENCES coupons (id) ON DELETE CASCADE,
    on_hand integer NOT NULL CHECK (on_hand >= 0),
    reserved integer NOT NULL DEFAULT 0 CHECK (reserved >= 0),
    updated_at timestamptz NOT NULL,
    CHECK (reserved <= on_hand)
);

-- Seed 001: festival offers, a percentage off the products and categories (with their subcategories) they name.
CREATE TABLE offers (
    id uuid PRIMARY KEY,
    title text NOT NULL CHECK (char_length(title) BETWEEN 1 AND 200),
    description text NOT NULL DEFAULT '' CHECK (char_length(description) <= 2000),
    discount_percent numeric(5, 2) NOT NULL CHECK (discount_percent > 0 AND discount_percent <= 100),
    starts_at timestamptz NOT NULL,
    ends_at timestamptz NOT NULL,
    category_ids uuid[] NOT NULL DEFAULT '{}',
    product_ids uuid[] NOT NULL DEFAULT '{}',
    created_at timestamptz NOT NULL,
    updated_at timestamptz NOT NULL,
    CHECK (starts_at < ends_at),
    CHECK (cardinality(category_ids) + cardinality(product_ids) > 0)
);
CREATE INDEX ix_offers_window ON offers (ends_at, starts_at);
CREATE INDEX ix_offers_categories ON offers USING gin (category_ids);
CREATE INDEX ix_offers_products ON offers USING gin (product_ids);
