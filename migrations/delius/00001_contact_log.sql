-- +goose Up
-- A stand-in for the slice of Delius (NDelius) the prison-case-notes-to-probation
-- worker reads and writes: the contact log and what a contact points at. Column
-- names follow Delius; tables carry a delius_ prefix so they can share a database
-- with the service's own schema without clashing (see docs/adr/0008-delius-stand-in-schema.md).
-- Delius flags are NUMBER(1) 0/1 and Y/N characters, kept as INTEGER and TEXT.
-- TIMESTAMP columns hold UTC; DATE columns hold the UK (Europe/London) civil date.

-- Oracle sequences, portably: UPDATE ... RETURNING hands out ids on both engines.
CREATE TABLE delius_sequence (
    name       TEXT PRIMARY KEY,
    next_value BIGINT NOT NULL
);

CREATE TABLE delius_user_ (
    user_id            BIGINT PRIMARY KEY,
    distinguished_name TEXT NOT NULL UNIQUE
);

CREATE TABLE delius_business_interaction (
    business_interaction_id   BIGINT PRIMARY KEY,
    business_interaction_code TEXT NOT NULL UNIQUE,
    description               TEXT NOT NULL
);

CREATE TABLE delius_audited_interaction (
    audited_interaction_id  BIGINT PRIMARY KEY,
    date_time               TIMESTAMP NOT NULL,
    outcome                 TEXT NOT NULL,
    business_interaction_id BIGINT NOT NULL REFERENCES delius_business_interaction (business_interaction_id),
    user_id                 BIGINT NOT NULL REFERENCES delius_user_ (user_id),
    parameters              TEXT NOT NULL
);

CREATE TABLE delius_r_institution (
    institution_id BIGINT PRIMARY KEY,
    code           TEXT NOT NULL,
    description    TEXT NOT NULL,
    nomis_cde_code TEXT UNIQUE
);

CREATE TABLE delius_probation_area (
    probation_area_id BIGINT PRIMARY KEY,
    code              TEXT NOT NULL UNIQUE,
    description       TEXT NOT NULL,
    institution_id    BIGINT REFERENCES delius_r_institution (institution_id)
);

CREATE TABLE delius_team (
    team_id           BIGINT PRIMARY KEY,
    code              TEXT NOT NULL UNIQUE,
    description       TEXT NOT NULL,
    probation_area_id BIGINT NOT NULL REFERENCES delius_probation_area (probation_area_id)
);

CREATE TABLE delius_staff (
    staff_id          BIGINT PRIMARY KEY,
    forename          TEXT NOT NULL,
    surname           TEXT NOT NULL,
    officer_code      TEXT NOT NULL UNIQUE,
    probation_area_id BIGINT NOT NULL REFERENCES delius_probation_area (probation_area_id),
    start_date        DATE NOT NULL,
    private           INTEGER NOT NULL DEFAULT 0,
    created_datetime  TIMESTAMP NOT NULL
);
CREATE INDEX delius_staff_area ON delius_staff (probation_area_id);

CREATE TABLE delius_staff_team (
    staff_id BIGINT NOT NULL REFERENCES delius_staff (staff_id),
    team_id  BIGINT NOT NULL REFERENCES delius_team (team_id),
    PRIMARY KEY (staff_id, team_id)
);

CREATE TABLE delius_offender (
    offender_id  BIGINT PRIMARY KEY,
    crn          TEXT NOT NULL UNIQUE,
    noms_number  TEXT,
    first_name   TEXT NOT NULL,
    surname      TEXT NOT NULL,
    soft_deleted INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX delius_offender_noms ON delius_offender (noms_number);

CREATE TABLE delius_offender_manager (
    offender_manager_id BIGINT PRIMARY KEY,
    offender_id         BIGINT NOT NULL REFERENCES delius_offender (offender_id),
    probation_area_id   BIGINT NOT NULL REFERENCES delius_probation_area (probation_area_id),
    team_id             BIGINT NOT NULL REFERENCES delius_team (team_id),
    staff_id            BIGINT NOT NULL REFERENCES delius_staff (staff_id),
    active_flag         INTEGER NOT NULL DEFAULT 1,
    soft_deleted        INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE delius_r_disposal_type (
    disposal_type_id BIGINT PRIMARY KEY,
    code             TEXT NOT NULL UNIQUE,
    description      TEXT NOT NULL,
    sentence_type    TEXT
);

CREATE TABLE delius_event (
    event_id     BIGINT PRIMARY KEY,
    offender_id  BIGINT NOT NULL REFERENCES delius_offender (offender_id),
    event_number TEXT NOT NULL,
    active_flag  INTEGER NOT NULL DEFAULT 1,
    soft_deleted INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX delius_event_offender ON delius_event (offender_id);

CREATE TABLE delius_disposal (
    disposal_id      BIGINT PRIMARY KEY,
    event_id         BIGINT NOT NULL REFERENCES delius_event (event_id),
    disposal_type_id BIGINT NOT NULL REFERENCES delius_r_disposal_type (disposal_type_id),
    active_flag      INTEGER NOT NULL DEFAULT 1,
    soft_deleted     INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX delius_disposal_event ON delius_disposal (event_id);

CREATE TABLE delius_r_nsi_type (
    nsi_type_id BIGINT PRIMARY KEY,
    code        TEXT NOT NULL UNIQUE,
    description TEXT NOT NULL,
    nsi_level   TEXT
);

-- Which non-statutory intervention types a "TYPE SUBTYPE" case note belongs to.
CREATE TABLE delius_r_nomis_type_nsi_type (
    nomis_contact_type TEXT NOT NULL,
    nsi_type_id        BIGINT NOT NULL REFERENCES delius_r_nsi_type (nsi_type_id),
    PRIMARY KEY (nomis_contact_type, nsi_type_id)
);

CREATE TABLE delius_nsi (
    nsi_id        BIGINT PRIMARY KEY,
    offender_id   BIGINT NOT NULL REFERENCES delius_offender (offender_id),
    event_id      BIGINT REFERENCES delius_event (event_id),
    nsi_type_id   BIGINT NOT NULL REFERENCES delius_r_nsi_type (nsi_type_id),
    referral_date DATE NOT NULL,
    active_flag   INTEGER NOT NULL DEFAULT 1,
    soft_deleted  INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX delius_nsi_offender ON delius_nsi (offender_id);

CREATE TABLE delius_r_contact_type (
    contact_type_id   BIGINT PRIMARY KEY,
    code              TEXT NOT NULL UNIQUE,
    description       TEXT NOT NULL,
    sensitive_contact TEXT NOT NULL DEFAULT 'N'
);

-- The case-note-type to contact-type mapping is data, as in Delius: a
-- "TYPE SUBTYPE" without a row becomes the default NOMISD contact type.
CREATE TABLE delius_r_contact_type_nomis_type (
    nomis_contact_type TEXT PRIMARY KEY,
    contact_type_id    BIGINT NOT NULL REFERENCES delius_r_contact_type (contact_type_id)
);

CREATE TABLE delius_contact (
    contact_id             BIGINT PRIMARY KEY,
    offender_id            BIGINT NOT NULL REFERENCES delius_offender (offender_id),
    event_id               BIGINT REFERENCES delius_event (event_id),
    nsi_id                 BIGINT REFERENCES delius_nsi (nsi_id),
    nomis_case_note_id     BIGINT,
    contact_type_id        BIGINT NOT NULL REFERENCES delius_r_contact_type (contact_type_id),
    description            TEXT,
    notes                  TEXT,
    contact_date           DATE NOT NULL,
    contact_start_time     TIMESTAMP,
    staff_id               BIGINT NOT NULL REFERENCES delius_staff (staff_id),
    staff_employee_id      BIGINT NOT NULL,
    team_id                BIGINT NOT NULL REFERENCES delius_team (team_id),
    probation_area_id      BIGINT NOT NULL REFERENCES delius_probation_area (probation_area_id),
    sensitive              TEXT NOT NULL DEFAULT 'N',
    -- The idempotency key (a case-note or alert URN). Unique, unlike Delius
    -- itself: two concurrent first inserts of one URN cannot both succeed, so
    -- the loser retries as an update instead of leaving a duplicate.
    external_reference     TEXT UNIQUE,
    created_datetime       TIMESTAMP NOT NULL,
    last_updated_datetime  TIMESTAMP NOT NULL,
    created_by_user_id     BIGINT NOT NULL REFERENCES delius_user_ (user_id),
    last_updated_user_id   BIGINT NOT NULL REFERENCES delius_user_ (user_id),
    row_version            BIGINT NOT NULL DEFAULT 1,
    trust_provider_team_id BIGINT,
    trust_provider_flag    INTEGER NOT NULL DEFAULT 0,
    partition_area_id      BIGINT NOT NULL DEFAULT 0,
    soft_deleted           INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX delius_contact_offender ON delius_contact (offender_id);
CREATE INDEX delius_contact_nomis_case_note ON delius_contact (nomis_case_note_id);

-- +goose Down
DROP TABLE delius_contact;
DROP TABLE delius_r_contact_type_nomis_type;
DROP TABLE delius_r_contact_type;
DROP TABLE delius_nsi;
DROP TABLE delius_r_nomis_type_nsi_type;
DROP TABLE delius_r_nsi_type;
DROP TABLE delius_disposal;
DROP TABLE delius_event;
DROP TABLE delius_r_disposal_type;
DROP TABLE delius_offender_manager;
DROP TABLE delius_offender;
DROP TABLE delius_staff_team;
DROP TABLE delius_staff;
DROP TABLE delius_team;
DROP TABLE delius_probation_area;
DROP TABLE delius_r_institution;
DROP TABLE delius_audited_interaction;
DROP TABLE delius_business_interaction;
DROP TABLE delius_user_;
DROP TABLE delius_sequence;
