-- Deliberately not idempotent: applying it twice fails, which is what the concurrency test relies on.
CREATE TABLE notes (
    id uuid NOT NULL,
    text text NOT NULL,
    CONSTRAINT pk_notes PRIMARY KEY (id)
);
