-- +goose Up
CREATE TABLE assessment_questions (
    id          TEXT PRIMARY KEY,
    key         TEXT NOT NULL,
    category    TEXT NOT NULL,
    title       TEXT NOT NULL,
    disabled_at TIMESTAMP,
    UNIQUE (category, key)
);

CREATE TABLE prison_transfer_reasons (
    id          TEXT PRIMARY KEY,
    key         TEXT NOT NULL UNIQUE,
    title       TEXT NOT NULL,
    disabled_at TIMESTAMP
);

CREATE TABLE categories (
    id             TEXT PRIMARY KEY,
    key            TEXT NOT NULL UNIQUE,
    title          TEXT NOT NULL,
    move_supported BOOLEAN NOT NULL DEFAULT TRUE,
    created_at     TIMESTAMP NOT NULL,
    updated_at     TIMESTAMP NOT NULL
);

-- A profile is a person's circumstances for one or more moves; its assessment
-- answers are a JSON array kept as TEXT so both engines store it alike.
CREATE TABLE profiles (
    id                             TEXT PRIMARY KEY,
    person_id                      TEXT NOT NULL REFERENCES people (id),
    assessment_answers             TEXT NOT NULL DEFAULT '[]',
    requires_youth_risk_assessment BOOLEAN NOT NULL DEFAULT FALSE,
    category_id                    TEXT REFERENCES categories (id),
    csra                           TEXT,
    created_at                     TIMESTAMP NOT NULL,
    updated_at                     TIMESTAMP NOT NULL
);
CREATE INDEX profiles_person_id ON profiles (person_id);

-- The ids are the ones the supplier walkthroughs (seed 001) use.
INSERT INTO assessment_questions (id, key, category, title) VALUES
  ('af8cfc67-757c-4019-9d5e-618017de1617', 'violent', 'risk', 'Violent'),
  ('f2db9a8f-a5a9-40cf-875b-d1f5f62b2497', 'escape', 'risk', 'Escape'),
  ('8f38efb0-36c1-4a56-8c66-3b72c9525f92', 'hold_separately', 'risk', 'Must be held separately'),
  ('4e7e54b4-a40c-488f-bdff-c6b2268ca4eb', 'self_harm', 'risk', 'Self harm'),
  ('56826f64-da5d-42eb-b360-131e60bcc3d3', 'concealed_items', 'risk', 'Concealed items'),
  ('4e37ac1a-a461-45a8-bca9-f0e994d3105e', 'other_risks', 'risk', 'Any other risks'),
  ('3a661bc8-5536-43e9-bcea-0a4d9651a175', 'not_for_release', 'risk', 'Not for release'),
  ('bafcde0b-46e9-44b2-ad20-de3644256a42', 'not_to_be_released', 'risk', 'Not to be released'),
  ('e6faaf20-3072-4a65-91f7-93d52b16260f', 'special_diet_or_allergy', 'health', 'Special diet or allergy'),
  ('8872ad2e-b1b6-44c1-a937-b7540e633355', 'health_issue', 'health', 'Health issue'),
  ('7ac3ffc9-57ac-4d0f-aa06-ad15b55c3cee', 'medication', 'health', 'Medication'),
  ('bc5fd9d1-6c86-4c39-b9a0-2e88bee98c50', 'wheelchair', 'health', 'Wheelchair user'),
  ('bf0d3e65-f88a-4ee5-aad5-60947a1b5a51', 'pregnant', 'health', 'Pregnant'),
  ('5a4c5feb-9244-4c29-ab3f-d453c6fee10a', 'other_health', 'health', 'Any other requirements'),
  ('1a73d31a-8dd4-47b6-90a0-15ce4e332539', 'special_vehicle', 'health', 'Requires special vehicle'),
  ('5c3ec467-4932-4d58-8281-fb27eaba3ddf', 'solicitor', 'court', 'Solicitor or other legal representation'),
  ('821254c9-680b-4eb5-9c15-bf22e31e7c5e', 'interpreter', 'court', 'Sign or other language interpreter'),
  ('aad663f1-d213-4ce7-af86-e180bdaa71dd', 'other_court', 'court', 'Any other information');

INSERT INTO prison_transfer_reasons (id, key, title) VALUES
  ('1de93692-461f-5355-9e4d-9a0b673daf15', 'sentence_planning', 'Sentence planning'),
  ('8b9a6d0e-3c3e-4a61-9f3b-6f2f1e0c7a01', 'overcrowding_draft', 'Overcrowding draft'),
  ('8b9a6d0e-3c3e-4a61-9f3b-6f2f1e0c7a02', 'closer_to_home', 'Closer to home / visits'),
  ('8b9a6d0e-3c3e-4a61-9f3b-6f2f1e0c7a03', 'category_change', 'Categorisation change'),
  ('8b9a6d0e-3c3e-4a61-9f3b-6f2f1e0c7a04', 'courses_and_programmes', 'Courses and programmes'),
  ('8b9a6d0e-3c3e-4a61-9f3b-6f2f1e0c7a05', 'medical', 'Medical / healthcare'),
  ('8b9a6d0e-3c3e-4a61-9f3b-6f2f1e0c7a06', 'other', 'Other');

INSERT INTO categories (id, key, title, move_supported, created_at, updated_at) VALUES
  ('2c5a3b1e-0c4d-4e7a-9a4b-1f0e2d3c4b01', 'A', 'Cat A', FALSE, '2020-06-01 09:00:00', '2020-06-01 09:00:00'),
  ('2c5a3b1e-0c4d-4e7a-9a4b-1f0e2d3c4b02', 'B', 'Cat B', TRUE, '2020-06-01 09:00:00', '2020-06-01 09:00:00'),
  ('9442611a-a396-4713-95a9-6fe0ffd012a5', 'C', 'Cat C', TRUE, '2020-06-01 09:00:00', '2020-06-01 09:00:00'),
  ('2c5a3b1e-0c4d-4e7a-9a4b-1f0e2d3c4b04', 'D', 'Cat D', TRUE, '2020-06-01 09:00:00', '2020-06-01 09:00:00'),
  ('2c5a3b1e-0c4d-4e7a-9a4b-1f0e2d3c4b05', 'I', 'YOI Closed', TRUE, '2020-06-01 09:00:00', '2020-06-01 09:00:00'),
  ('2c5a3b1e-0c4d-4e7a-9a4b-1f0e2d3c4b06', 'J', 'YOI Open', TRUE, '2020-06-01 09:00:00', '2020-06-01 09:00:00'),
  ('2c5a3b1e-0c4d-4e7a-9a4b-1f0e2d3c4b07', 'U', 'Unsentenced', TRUE, '2020-06-01 09:00:00', '2020-06-01 09:00:00');

-- +goose Down
DROP TABLE profiles;
DROP TABLE categories;
DROP TABLE prison_transfer_reasons;
DROP TABLE assessment_questions;
