-- +goose Up
CREATE TABLE suppliers (
    id   TEXT PRIMARY KEY,
    key  TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL
);

CREATE TABLE locations (
    id                         TEXT PRIMARY KEY,
    key                        TEXT NOT NULL UNIQUE,
    title                      TEXT NOT NULL,
    location_type              TEXT NOT NULL,
    nomis_agency_id            TEXT,
    can_upload_documents       BOOLEAN NOT NULL DEFAULT FALSE,
    young_offender_institution BOOLEAN NOT NULL DEFAULT FALSE,
    premise                    TEXT,
    locality                   TEXT,
    city                       TEXT,
    country                    TEXT,
    postcode                   TEXT,
    latitude                   DOUBLE PRECISION,
    longitude                  DOUBLE PRECISION,
    extradition_capable        BOOLEAN NOT NULL DEFAULT FALSE,
    created_at                 TIMESTAMP NOT NULL,
    updated_at                 TIMESTAMP NOT NULL,
    disabled_at                TIMESTAMP
);
CREATE INDEX locations_nomis_agency_id ON locations (nomis_agency_id);
CREATE INDEX locations_title ON locations (title);

CREATE TABLE supplier_locations (
    supplier_id    TEXT NOT NULL REFERENCES suppliers (id),
    location_id    TEXT NOT NULL REFERENCES locations (id),
    effective_from DATE,
    effective_to   DATE,
    PRIMARY KEY (supplier_id, location_id)
);

CREATE TABLE genders (
    id          TEXT PRIMARY KEY,
    key         TEXT NOT NULL UNIQUE,
    title       TEXT NOT NULL,
    description TEXT,
    nomis_code  TEXT,
    disabled_at TIMESTAMP
);

CREATE TABLE ethnicities (
    id          TEXT PRIMARY KEY,
    key         TEXT NOT NULL UNIQUE,
    title       TEXT NOT NULL,
    description TEXT,
    nomis_code  TEXT,
    disabled_at TIMESTAMP
);

CREATE TABLE people (
    id                            TEXT PRIMARY KEY,
    first_names                   TEXT NOT NULL,
    last_name                     TEXT NOT NULL,
    date_of_birth                 DATE,
    gender_additional_information TEXT,
    prison_number                 TEXT,
    criminal_records_office       TEXT,
    police_national_computer      TEXT,
    ethnicity_id                  TEXT REFERENCES ethnicities (id),
    gender_id                     TEXT REFERENCES genders (id),
    created_at                    TIMESTAMP NOT NULL,
    updated_at                    TIMESTAMP NOT NULL
);
CREATE INDEX people_prison_number ON people (prison_number);
CREATE INDEX people_police_national_computer ON people (police_national_computer);
CREATE INDEX people_criminal_records_office ON people (criminal_records_office);

-- +goose Down
DROP TABLE people;
DROP TABLE ethnicities;
DROP TABLE genders;
DROP TABLE supplier_locations;
DROP TABLE locations;
DROP TABLE suppliers;
