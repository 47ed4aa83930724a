-- +goose Up
-- Idempotency-Key requests: the fingerprint of the first request made with a
-- key and, once it succeeded, its response (status NULL while it runs).
-- Shared by every service instance on the database.
CREATE TABLE idempotency_keys (
    key          TEXT PRIMARY KEY,
    fingerprint  TEXT NOT NULL,
    status       INTEGER,
    content_type TEXT,
    body         TEXT,
    created_at   TIMESTAMP NOT NULL
);
CREATE INDEX idempotency_keys_created_at ON idempotency_keys (created_at);

-- +goose Down
DROP TABLE idempotency_keys;
