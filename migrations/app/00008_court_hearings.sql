-- +goose Up
-- A court hearing, optionally attached to a move. nomis_case_id and
-- nomis_hearing_id are NOMIS's numeric ids, kept as given.
CREATE TABLE court_hearings (
    id               TEXT PRIMARY KEY,
    move_id          TEXT REFERENCES moves (id),
    start_time       TIMESTAMP NOT NULL,
    case_start_date  DATE,
    case_number      TEXT,
    nomis_case_id    BIGINT,
    nomis_hearing_id BIGINT,
    case_type        TEXT,
    comments         TEXT,
    saved_to_nomis   BOOLEAN,
    created_at       TIMESTAMP NOT NULL,
    updated_at       TIMESTAMP NOT NULL
);
CREATE INDEX court_hearings_move_id ON court_hearings (move_id);

-- +goose Down
DROP TABLE court_hearings;
