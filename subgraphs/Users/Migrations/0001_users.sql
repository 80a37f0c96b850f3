-- Users service schema: accounts, addresses, payment methods (Stripe ids only, never card numbers),
-- refresh tokens (hashes only), signing keys (development). The outbox and inbox come from ServiceDefaults'
-- 0000_messaging script.
CREATE TABLE users (
    id uuid NOT NULL,
    email varchar(254) NOT NULL,
    display_name varchar(100) NOT NULL,
    roles text[] NOT NULL,
    created_at timestamp with time zone NOT NULL,
    password_hash text NOT NULL,
    failed_sign_in_count integer NOT NULL DEFAULT 0,
    lockout_end timestamp with time zone NULL,
    security_stamp uuid NOT NULL,
    CONSTRAINT pk_users PRIMARY KEY (id),
    CONSTRAINT ck_users_email_normalized CHECK (email = lower(btrim(email)))
);
CREATE UNIQUE INDEX ux_users_email ON users (email);
-- Keyset paging of the admin list orders by (created_at, id).
CREATE INDEX ix_users_created_at_id ON users (created_at, id);

CREATE TABLE addresses (
    id uuid NOT NULL,
    user_id uuid NOT NULL,
    recipient varchar(100) NOT NULL,
    line1 varchar(200) NOT NULL,
    line2 varchar(200) NULL,
    city varchar(100) NOT NULL,
    region varchar(100) NULL,
    postal_code varchar(20) NOT NULL,
    country char(2) NOT NULL,
    created_at timestamp with time zone NOT NULL,
    CONSTRAINT pk_addresses PRIMARY KEY (id),
    CONSTRAINT fk_addresses_users FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE
);
CREATE INDEX ix_addresses_user_id ON addresses (user_id, created_at);

CREATE TABLE payment_methods (
    id uuid NOT NULL,
    user_id uuid NOT NULL,
    stripe_payment_method_id varchar(255) NOT NULL,
    brand varchar(20) NOT NULL,
    last4 char(4) NOT NULL,
    exp_month integer NOT NULL,
    exp_year integer NOT NULL,
    created_at timestamp with time zone NOT NULL,
    CONSTRAINT pk_payment_methods PRIMARY KEY (id),
    CONSTRAINT fk_payment_methods_users FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE,
    CONSTRAINT ck_payment_methods_last4 CHECK (last4 ~ '^[0-9]{4}$'),
    CONSTRAINT ck_payment_methods_exp_month CHECK (exp_month BETWEEN 1 AND 12)
);
CREATE INDEX ix_payment_methods_user_id ON payment_methods (user_id, created_at);

CREATE TABLE refresh_tokens (
    id uuid NOT NULL,
    user_id uuid NOT NULL,
    family_id uuid NOT NULL,
    token_hash bytea NOT NULL,
    created_at timestamp with time zone NOT NULL,
    expires_at timestamp with time zone NOT NULL,
    spent_at timestamp with time zone NULL,
    replaced_by_id uuid NULL,
    revoked_at timestamp with time zone NULL,
    CONSTRAINT pk_refresh_tokens PRIMARY KEY (id),
    CONSTRAINT fk_refresh_tokens_users FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE
);
CREATE UNIQUE INDEX ux_refresh_tokens_token_hash ON refresh_tokens (token_hash);
CREATE INDEX ix_refresh_tokens_family_id ON refresh_tokens (family_id);
CREATE INDEX ix_refresh_tokens_user_id ON refresh_tokens (user_id);

-- Development signing keys (production reads Auth:SigningKey); the oldest row is the active key.
CREATE TABLE signing_keys (
    id varchar(64) NOT NULL,
    private_key_pem text NOT NULL,
    created_at timestamp with time zone NOT NULL,
    CONSTRAINT pk_signing_keys PRIMARY KEY (id)
);
