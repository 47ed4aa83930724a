-- +goose Up
-- Delius reference data the worker relies on. Codes the fact sheet names are
-- real (APIBI001, NOMISD, the NOMIS-type mapping rows of its tests); the ids,
-- descriptions and the OTHER_INFORMATION code are stand-ins.
INSERT INTO delius_sequence (name, next_value) VALUES
  ('contact_id_seq', 1000),
  ('staff_id_seq', 1000),
  ('audited_interaction_id_seq', 1);

INSERT INTO delius_user_ (user_id, distinguished_name) VALUES
  (1, 'PrisonCaseNotesToProbation');

INSERT INTO delius_business_interaction (business_interaction_id, business_interaction_code, description) VALUES
  (1, 'APIBI001', 'Merge a prison case note or alert into the contact log');

-- Prisons are probation areas in Delius; the worker finds one through the
-- first three letters of the case note's location.
INSERT INTO delius_r_institution (institution_id, code, description, nomis_cde_code) VALUES
  (1, 'LEIHMP', 'HMP Leeds', 'LEI'),
  (2, 'MDIHMP', 'HMP & YOI Moorland', 'MDI');

INSERT INTO delius_probation_area (probation_area_id, code, description, institution_id) VALUES
  (1, 'LEI', 'HMP Leeds', 1),
  (2, 'MDI', 'HMP & YOI Moorland', 2),
  (3, 'N54', 'Yorkshire and the Humber', NULL);

-- <area code>CSN: the team prison case notes are recorded against.
INSERT INTO delius_team (team_id, code, description, probation_area_id) VALUES
  (1, 'LEICSN', 'HMP Leeds case notes', 1),
  (2, 'MDICSN', 'HMP & YOI Moorland case notes', 2),
  (3, 'N54A01', 'Leeds community team', 3);

INSERT INTO delius_r_contact_type (contact_type_id, code, description, sensitive_contact) VALUES
  (1, 'NOMISD', 'Prison case note', 'N'),
  (2, 'CNT1', 'Prison IEP warning', 'N'),
  (3, 'CNT2', 'Prison alert', 'N'),
  (4, 'BCSP2', 'Resettlement passport BCST case note', 'N'),
  (5, 'NOMIS033', 'Resettlement guidance', 'Y'),
  (6, 'OTHER_INFORMATION', 'Other information', 'N');

INSERT INTO delius_r_contact_type_nomis_type (nomis_contact_type, contact_type_id) VALUES
  ('NEG IEP_WARN', 2),
  ('ALERT ACTIVE', 3),
  ('RESET BCST', 4),
  ('RESET GUIDINT', 5);

INSERT INTO delius_r_disposal_type (disposal_type_id, code, description, sentence_type) VALUES
  (1, 'SC', 'Sentenced - in custody', 'SC'),
  (2, 'NC', 'Non-custodial sentence served in custody', 'NC'),
  (3, 'CO', 'Community order', 'SP');

INSERT INTO delius_r_nsi_type (nsi_type_id, code, description, nsi_level) VALUES
  (1, 'CUST1', 'Custody intervention', 'EVENT');

INSERT INTO delius_r_nomis_type_nsi_type (nomis_contact_type, nsi_type_id) VALUES
  ('NEG IEP_WARN', 1);

-- +goose Down
DELETE FROM delius_r_nomis_type_nsi_type;
DELETE FROM delius_r_nsi_type;
DELETE FROM delius_r_disposal_type;
DELETE FROM delius_r_contact_type_nomis_type;
DELETE FROM delius_r_contact_type;
DELETE FROM delius_team;
DELETE FROM delius_probation_area;
DELETE FROM delius_r_institution;
DELETE FROM delius_business_interaction;
DELETE FROM delius_user_;
DELETE FROM delius_sequence;
