-- +goose Up
-- Notes below hold literal newlines: no string function is portable.
-- The people of the original's integration tests, under the CRNs the upstream
-- simulator gives them (adapters/simulator/people.go):
--   DEFAULT  AA0001A  X00005  Kyle Turner: custodial event, event-level NSI,
--                             an active-alert contact already in Delius
--   A4578BX           X00004  Marcus Reid: no contacts (back-fill target)
--   PREVIOUS A9999ZZ  X99901  holds a case-note contact that belongs to DEFAULT
INSERT INTO delius_staff (staff_id, forename, surname, officer_code, probation_area_id, start_date, private, created_datetime) VALUES
  (1, 'Unallocated', 'Staff', 'LEICSNU', 1, '2020-01-01', 0, '2020-01-01 00:00:00'),
  (2, 'Unallocated', 'Staff', 'MDICSNU', 2, '2020-01-01', 0, '2020-01-01 00:00:00'),
  (3, 'Omar', 'Siddiqui', 'N54A005', 3, '2020-01-01', 0, '2020-01-01 00:00:00'),
  (4, 'Helen', 'Marsh', 'N54A004', 3, '2020-01-01', 0, '2020-01-01 00:00:00');

INSERT INTO delius_staff_team (staff_id, team_id) VALUES (1, 1), (2, 2), (3, 3), (4, 3);

INSERT INTO delius_offender (offender_id, crn, noms_number, first_name, surname, soft_deleted) VALUES
  (1, 'X00005', 'AA0001A', 'Kyle', 'Turner', 0),
  (2, 'X00004', 'A4578BX', 'Marcus', 'Reid', 0),
  (3, 'X99901', 'A9999ZZ', 'Previous', 'Offender', 0);

INSERT INTO delius_offender_manager (offender_manager_id, offender_id, probation_area_id, team_id, staff_id, active_flag, soft_deleted) VALUES
  (1, 1, 3, 3, 3, 1, 0),
  (2, 2, 3, 3, 4, 1, 0),
  (3, 3, 3, 3, 3, 1, 0);

INSERT INTO delius_event (event_id, offender_id, event_number, active_flag, soft_deleted) VALUES
  (1, 1, '1', 1, 0),
  (2, 2, '1', 1, 0);

INSERT INTO delius_disposal (disposal_id, event_id, disposal_type_id, active_flag, soft_deleted) VALUES
  (1, 1, 1, 1, 0),
  (2, 2, 1, 1, 0);

INSERT INTO delius_nsi (nsi_id, offender_id, event_id, nsi_type_id, referral_date, active_flag, soft_deleted) VALUES
  (1, 1, 1, 1, '2022-01-10', 1, 0);

INSERT INTO delius_contact (contact_id, offender_id, event_id, nsi_id, nomis_case_note_id, contact_type_id, description, notes,
    contact_date, contact_start_time, staff_id, staff_employee_id, team_id, probation_area_id, sensitive, external_reference,
    created_datetime, last_updated_datetime, created_by_user_id, last_updated_user_id, row_version, trust_provider_team_id,
    trust_provider_flag, partition_area_id, soft_deleted) VALUES
  (1, 3, NULL, NULL, 1111, 1, 'NOMIS Case Note - GEN - OSE', 'GEN OSE
Recorded against the wrong case',
    '2022-10-01', '2022-10-01 09:00:00', 1, 1, 1, 1, 'N', 'urn:uk:gov:hmpps:prison-case-note:0ec15f8b-6b57-471f-b02a-c89169a6a3e5',
    '2022-10-01 09:00:00', '2022-10-01 09:00:00', 1, 1, 1, 1, 0, 0, 0),
  (2, 1, NULL, NULL, NULL, 3, 'NOMIS Alert Vulnerability and Victim of intimidation made active.',
    'ALERT ACTIVE
Alert Vulnerability and Victim of intimidation made active.
Alert description',
    '2025-02-27', '2025-02-27 09:00:00', 1, 1, 1, 1, 'N', 'urn:uk:gov:hmpps:prisoner-alert:active:424e52e8-1971-4622-8d2d-4b4466c771fd',
    '2025-02-27 09:00:00', '2025-02-27 09:00:00', 1, 1, 1, 1, 0, 0, 0);

-- +goose Down
DELETE FROM delius_audited_interaction;
DELETE FROM delius_contact;
DELETE FROM delius_nsi;
DELETE FROM delius_disposal;
DELETE FROM delius_event;
DELETE FROM delius_offender_manager;
DELETE FROM delius_offender;
DELETE FROM delius_staff_team;
DELETE FROM delius_staff;
