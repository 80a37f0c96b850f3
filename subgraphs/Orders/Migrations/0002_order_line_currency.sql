-- Each order line snapshots its price as Money (amount and currency), like the Catalog's prices. Checkout refuses a
-- cart with mixed currencies, so an existing line's currency is its order's.

ALTER TABLE order_lines ADD COLUMN currency char(3) NULL;
UPDATE order_lines l SET currency = o.currency FROM orders o WHERE o.id = l.order_id;
ALTER TABLE order_lines ALTER COLUMN currency SET NOT NULL;
ALTER TABLE order_lines ADD CONSTRAINT ck_order_lines_currency CHECK (currency ~ '^[A-Z]{3}$');
