-- +goose Up
-- A person escort record: at most one per profile (the unique index backs up
-- the check the repository makes under the profile's row lock).
-- handover_details is a JSON object kept as TEXT, as event details are.
CREATE TABLE person_escort_records (
    id                   TEXT PRIMARY KEY,
    move_id              TEXT NOT NULL REFERENCES moves (id),
    profile_id           TEXT NOT NULL REFERENCES profiles (id),
    version              TEXT NOT NULL,
    status               TEXT NOT NULL,
    completed_at         TIMESTAMP,
    confirmed_at         TIMESTAMP,
    amended_at           TIMESTAMP,
    handover_details     TEXT NOT NULL DEFAULT '{}',
    handover_occurred_at TIMESTAMP,
    created_at           TIMESTAMP NOT NULL,
    updated_at           TIMESTAMP NOT NULL
);
CREATE UNIQUE INDEX person_escort_records_profile_id ON person_escort_records (profile_id);
CREATE INDEX person_escort_records_move_id ON person_escort_records (move_id);

-- +goose Down
DROP TABLE person_escort_records;
