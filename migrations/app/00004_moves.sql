-- +goose Up
-- A move. status is derived from the move's events (replayed in occurred_at
-- order from initial_status) and kept here so lists can filter and sort on it.
-- profile_id and prison_transfer_reason_id carry no foreign key: their tables
-- are created by a later migration (00005).
CREATE TABLE moves (
    id                          TEXT PRIMARY KEY,
    reference                   TEXT NOT NULL UNIQUE,
    move_type                   TEXT NOT NULL,
    status                      TEXT NOT NULL,
    initial_status              TEXT NOT NULL,
    cancellation_reason         TEXT,
    rejection_reason            TEXT,
    cancellation_reason_comment TEXT,
    from_location_id            TEXT NOT NULL REFERENCES locations (id),
    to_location_id              TEXT REFERENCES locations (id),
    supplier_id                 TEXT REFERENCES suppliers (id),
    profile_id                  TEXT,
    prison_transfer_reason_id   TEXT,
    additional_information      TEXT,
    date                        DATE,
    date_from                   DATE,
    date_to                     DATE,
    time_due                    TIMESTAMP,
    move_agreed                 BOOLEAN,
    move_agreed_by              TEXT,
    recall_date                 DATE,
    section_forty_six           BOOLEAN,
    reason_comment              TEXT,
    is_lockout                  BOOLEAN NOT NULL DEFAULT FALSE,
    original_move_id            TEXT REFERENCES moves (id),
    created_at                  TIMESTAMP NOT NULL,
    updated_at                  TIMESTAMP NOT NULL
);
-- The default listing order (date desc, then newest first), so a page is read off the index, not sorted.
CREATE INDEX moves_date ON moves (date DESC, created_at DESC, id);
CREATE INDEX moves_status ON moves (status);
CREATE INDEX moves_from_location_id ON moves (from_location_id);
CREATE INDEX moves_to_location_id ON moves (to_location_id);
CREATE INDEX moves_profile_id ON moves (profile_id);

-- Events of any eventable (moves now; journeys, person escort records and
-- people later). details is a JSON object and relationships a JSON object of
-- name → id, both kept as TEXT so both engines store them alike.
CREATE TABLE events (
    id             TEXT PRIMARY KEY,
    eventable_type TEXT NOT NULL,
    eventable_id   TEXT NOT NULL,
    event_type     TEXT NOT NULL,
    occurred_at    TIMESTAMP NOT NULL,
    recorded_at    TIMESTAMP NOT NULL,
    notes          TEXT,
    details        TEXT NOT NULL DEFAULT '{}',
    relationships  TEXT NOT NULL DEFAULT '{}',
    supplier_id    TEXT,
    created_by     TEXT,
    seq            INTEGER NOT NULL
);
CREATE INDEX events_eventable ON events (eventable_type, eventable_id, occurred_at);
-- One sequence per eventable: a lost update would collide here instead of passing silently.
CREATE UNIQUE INDEX events_eventable_seq ON events (eventable_type, eventable_id, seq);

-- +goose Down
DROP TABLE events;
DROP TABLE moves;
