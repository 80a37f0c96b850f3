-- A shipped order's reservation is committed: its units leave the shelf (on_hand and reserved both drop by the
-- line's quantity), so an admin's stock count after shipping matches what is physically there. A committed
-- reservation is never released again (docs/events.md, the checkout saga).
ALTER TABLE reservations DROP CONSTRAINT reservations_state_check;
ALTER TABLE reservations ADD CONSTRAINT reservations_state_check CHECK (state IN ('RESERVED', 'RELEASED', 'REJECTED', 'COMMITTED'));
