-- +goose Up
-- A journey: one leg of a move driven by one supplier. state is derived from
-- the journey's events (in the shared events table, eventable_type
-- 'journeys'), replayed in occurred_at order, and kept here so lists and the
-- duplicate-leg check can read it. client_timestamp is the client's
-- "timestamp" attribute of the last write.
CREATE TABLE journeys (
    id                   TEXT PRIMARY KEY,
    move_id              TEXT NOT NULL REFERENCES moves (id),
    supplier_id          TEXT NOT NULL REFERENCES suppliers (id),
    from_location_id     TEXT NOT NULL REFERENCES locations (id),
    to_location_id       TEXT NOT NULL REFERENCES locations (id),
    state                TEXT NOT NULL,
    billable             BOOLEAN NOT NULL,
    vehicle_registration TEXT,
    vehicle_depot        TEXT,
    date                 DATE,
    number               INTEGER,
    client_timestamp     TIMESTAMP NOT NULL,
    created_at           TIMESTAMP NOT NULL,
    updated_at           TIMESTAMP NOT NULL
);
CREATE INDEX journeys_move_id ON journeys (move_id, created_at, id);

-- +goose Down
DROP TABLE journeys;
