-- +goose Up
-- The embedded durable queue (adapters/queue/dbqueue): one row per message, on
-- any queue, main or dead-letter. Times are microseconds since the Unix epoch
-- in BIGINT rather than TIMESTAMP because every receive compares and adds to
-- them, and integers do both identically on PostgreSQL and SQLite.
CREATE TABLE queue_messages (
    id             TEXT PRIMARY KEY,
    queue          TEXT NOT NULL,
    body           TEXT NOT NULL,
    attributes     TEXT NOT NULL DEFAULT '{}',
    sent_at        BIGINT NOT NULL,
    visible_at     BIGINT NOT NULL,
    receive_count  INTEGER NOT NULL DEFAULT 0,
    receipt_handle TEXT
);
-- Receives look for the oldest visible messages of one queue.
CREATE INDEX queue_messages_receivable ON queue_messages (queue, visible_at, sent_at);
-- Delete and ExtendVisibility find a message by its latest receipt handle.
CREATE INDEX queue_messages_receipt ON queue_messages (receipt_handle);

-- +goose Down
DROP TABLE queue_messages;
