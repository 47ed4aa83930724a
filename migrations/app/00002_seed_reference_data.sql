-- +goose Up
-- Reference data the Book a Secure Move walkthroughs (seeds 001-003) rely on,
-- with the ids they use, plus the establishments the integration API examples name.
INSERT INTO suppliers (id, key, name) VALUES
  ('7f604bf6-b8f5-45fd-a694-91ddb408e6f1', 'geoamey', 'GEOAmey'),
  ('869fbcd3-f2fb-4ae4-8b7b-d021f60a1791', 'serco', 'Serco');

INSERT INTO locations (id, key, title, location_type, nomis_agency_id, can_upload_documents, young_offender_institution, premise, locality, city, country, postcode, latitude, longitude, extradition_capable, created_at, updated_at) VALUES
  ('00034e29-9ef8-4802-a2f5-09342bf9f174', 'hudryc', 'Huddersfield Youth Court', 'court', 'HUDRYC', FALSE, FALSE, 'Huddersfield Magistrates Court', 'Civic Centre', 'Huddersfield', 'England', 'HD1 2NH', 53.6471, -1.7846, FALSE, '2019-04-30 12:00:00', '2019-04-30 12:00:00'),
  ('8fa68589-8ded-435c-b0c1-ffcade5f1bef', 'kirkmc', 'Kirklees Magistrates Court', 'court', 'KIRKMC', FALSE, FALSE, 'Kirklees Magistrates Court', 'Civic Centre', 'Huddersfield', 'England', 'HD1 2NH', 53.6474, -1.7841, FALSE, '2019-04-30 12:00:00', '2019-04-30 12:00:00'),
  ('067c2855-fa41-493d-9c80-1311a4f7ba45', 'bsi', 'BRINSFORD (HMP)', 'prison', 'BSI', TRUE, TRUE, 'HMP Brinsford', 'New Road, Featherstone', 'Wolverhampton', 'England', 'WV10 7PY', 52.6540, -2.1020, FALSE, '2019-04-30 12:00:00', '2019-04-30 12:00:00'),
  ('056eed18-772b-45b3-b64a-4d7d563641f7', 'iwi', 'ISLE OF WIGHT (HMP)', 'prison', 'IWI', TRUE, FALSE, 'HMP Isle of Wight', 'Clissold Road', 'Newport', 'England', 'PO30 5RS', 50.7165, -1.3031, FALSE, '2019-04-30 12:00:00', '2019-04-30 12:00:00'),
  ('5a1c7c4e-1d2f-4b2a-9a61-6f0e3b5d7c10', 'mdi', 'MOORLAND (HMP & YOI)', 'prison', 'MDI', TRUE, TRUE, 'HMP Moorland', 'Bawtry Road, Hatfield Woodhouse', 'Doncaster', 'England', 'DN7 6BW', 53.5346, -0.9850, FALSE, '2019-04-30 12:00:00', '2019-04-30 12:00:00'),
  ('5a1c7c4e-1d2f-4b2a-9a61-6f0e3b5d7c11', 'lei', 'LEEDS (HMP)', 'prison', 'LEI', TRUE, FALSE, 'HMP Leeds', '2 Gloucester Terrace, Armley', 'Leeds', 'England', 'LS12 2TJ', 53.7967, -1.5930, FALSE, '2019-04-30 12:00:00', '2019-04-30 12:00:00'),
  ('5a1c7c4e-1d2f-4b2a-9a61-6f0e3b5d7c12', 'pnt', 'PENTONVILLE (HMP)', 'prison', 'PNT', TRUE, FALSE, 'HMP Pentonville', 'Caledonian Road', 'London', 'England', 'N7 8TT', 51.5440, -0.1170, FALSE, '2019-04-30 12:00:00', '2019-04-30 12:00:00'),
  ('5a1c7c4e-1d2f-4b2a-9a61-6f0e3b5d7c13', 'wwi', 'WANDSWORTH (HMP)', 'prison', 'WWI', TRUE, FALSE, 'HMP Wandsworth', 'Heathfield Road', 'London', 'England', 'SW18 3HU', 51.4493, -0.1773, TRUE, '2019-04-30 12:00:00', '2019-04-30 12:00:00'),
  ('5a1c7c4e-1d2f-4b2a-9a61-6f0e3b5d7c20', 'leedcc', 'Leeds Crown Court', 'court', 'LEEDCC', FALSE, FALSE, 'Leeds Combined Court Centre', '1 Oxford Row', 'Leeds', 'England', 'LS1 3BG', 53.8008, -1.5491, FALSE, '2019-04-30 12:00:00', '2019-04-30 12:00:00'),
  ('5a1c7c4e-1d2f-4b2a-9a61-6f0e3b5d7c21', 'wstrmc', 'Westminster Magistrates Court', 'court', 'WSTRMC', FALSE, FALSE, 'Westminster Magistrates Court', '181 Marylebone Road', 'London', 'England', 'NW1 5BR', 51.5226, -0.1634, FALSE, '2019-04-30 12:00:00', '2019-04-30 12:00:00'),
  ('5a1c7c4e-1d2f-4b2a-9a61-6f0e3b5d7c30', 'wypol', 'West Yorkshire Police - Leeds District', 'police', 'WYPOL', FALSE, FALSE, 'Elland Road Police Station', 'Elland Road', 'Leeds', 'England', 'LS11 8BU', 53.7780, -1.5720, FALSE, '2019-04-30 12:00:00', '2019-04-30 12:00:00'),
  ('5a1c7c4e-1d2f-4b2a-9a61-6f0e3b5d7c31', 'metpol', 'Metropolitan Police - Charing Cross', 'police', 'METPOL', FALSE, FALSE, 'Charing Cross Police Station', 'Agar Street', 'London', 'England', 'WC2N 4JP', 51.5098, -0.1240, FALSE, '2019-04-30 12:00:00', '2019-04-30 12:00:00'),
  ('5a1c7c4e-1d2f-4b2a-9a61-6f0e3b5d7c40', 'oki', 'OAKHILL (STC)', 'secure_training_centre', 'OKI', FALSE, TRUE, 'Oakhill Secure Training Centre', 'Chalgrove Field, Oakhill', 'Milton Keynes', 'England', 'MK5 6AJ', 52.0180, -0.7880, FALSE, '2019-04-30 12:00:00', '2019-04-30 12:00:00'),
  ('5a1c7c4e-1d2f-4b2a-9a61-6f0e3b5d7c50', 'broadmoor', 'Broadmoor Hospital', 'high_security_hospital', 'BRDMR', FALSE, FALSE, 'Broadmoor Hospital', 'Crowthorne', 'Berkshire', 'England', 'RG45 7EG', 51.3653, -0.7757, FALSE, '2019-04-30 12:00:00', '2019-04-30 12:00:00');

-- Serco serves the North (Yorkshire) locations, GEOAmey the rest.
INSERT INTO supplier_locations (supplier_id, location_id) VALUES
  ('869fbcd3-f2fb-4ae4-8b7b-d021f60a1791', '00034e29-9ef8-4802-a2f5-09342bf9f174'),
  ('869fbcd3-f2fb-4ae4-8b7b-d021f60a1791', '8fa68589-8ded-435c-b0c1-ffcade5f1bef'),
  ('869fbcd3-f2fb-4ae4-8b7b-d021f60a1791', '5a1c7c4e-1d2f-4b2a-9a61-6f0e3b5d7c10'),
  ('869fbcd3-f2fb-4ae4-8b7b-d021f60a1791', '5a1c7c4e-1d2f-4b2a-9a61-6f0e3b5d7c11'),
  ('869fbcd3-f2fb-4ae4-8b7b-d021f60a1791', '5a1c7c4e-1d2f-4b2a-9a61-6f0e3b5d7c20'),
  ('869fbcd3-f2fb-4ae4-8b7b-d021f60a1791', '5a1c7c4e-1d2f-4b2a-9a61-6f0e3b5d7c30'),
  ('7f604bf6-b8f5-45fd-a694-91ddb408e6f1', '067c2855-fa41-493d-9c80-1311a4f7ba45'),
  ('7f604bf6-b8f5-45fd-a694-91ddb408e6f1', '056eed18-772b-45b3-b64a-4d7d563641f7'),
  ('7f604bf6-b8f5-45fd-a694-91ddb408e6f1', '5a1c7c4e-1d2f-4b2a-9a61-6f0e3b5d7c12'),
  ('7f604bf6-b8f5-45fd-a694-91ddb408e6f1', '5a1c7c4e-1d2f-4b2a-9a61-6f0e3b5d7c13'),
  ('7f604bf6-b8f5-45fd-a694-91ddb408e6f1', '5a1c7c4e-1d2f-4b2a-9a61-6f0e3b5d7c21'),
  ('7f604bf6-b8f5-45fd-a694-91ddb408e6f1', '5a1c7c4e-1d2f-4b2a-9a61-6f0e3b5d7c31'),
  ('7f604bf6-b8f5-45fd-a694-91ddb408e6f1', '5a1c7c4e-1d2f-4b2a-9a61-6f0e3b5d7c40'),
  ('7f604bf6-b8f5-45fd-a694-91ddb408e6f1', '5a1c7c4e-1d2f-4b2a-9a61-6f0e3b5d7c50');

INSERT INTO genders (id, key, title, description, nomis_code) VALUES
  ('ffac6763-26d6-4425-8005-6e5d052aed88', 'male', 'Male', NULL, 'M'),
  ('1c6b3d9a-7e0f-4f57-a8d9-0c2e5b6a7f01', 'female', 'Female', NULL, 'F'),
  ('1c6b3d9a-7e0f-4f57-a8d9-0c2e5b6a7f02', 'trans', 'Trans', NULL, NULL),
  ('1c6b3d9a-7e0f-4f57-a8d9-0c2e5b6a7f03', 'not_specified', 'Not specified', NULL, 'NS'),
  ('1c6b3d9a-7e0f-4f57-a8d9-0c2e5b6a7f04', 'not_known', 'Not known', NULL, 'NK');

INSERT INTO ethnicities (id, key, title, description, nomis_code) VALUES
  ('a4f988ba-5ebc-4b24-9dfe-b7fa0c23c30e', 'W1', 'White: Eng./Welsh/Scot./N.Irish/British', 'W1 - White: Eng./Welsh/Scot./N.Irish/British', 'W1'),
  ('2d4e6f80-1a3b-4c5d-8e9f-0a1b2c3d4e01', 'W2', 'White: Irish', 'W2 - White: Irish', 'W2'),
  ('2d4e6f80-1a3b-4c5d-8e9f-0a1b2c3d4e02', 'W9', 'White: Any other background', 'W9 - White: Any other background', 'W9'),
  ('2d4e6f80-1a3b-4c5d-8e9f-0a1b2c3d4e03', 'A1', 'Asian/Asian British: Indian', 'A1 - Asian/Asian British: Indian', 'A1'),
  ('2d4e6f80-1a3b-4c5d-8e9f-0a1b2c3d4e04', 'A2', 'Asian/Asian British: Pakistani', 'A2 - Asian/Asian British: Pakistani', 'A2'),
  ('2d4e6f80-1a3b-4c5d-8e9f-0a1b2c3d4e05', 'B1', 'Black/Black British: Caribbean', 'B1 - Black/Black British: Caribbean', 'B1'),
  ('2d4e6f80-1a3b-4c5d-8e9f-0a1b2c3d4e06', 'B2', 'Black/Black British: African', 'B2 - Black/Black British: African', 'B2'),
  ('2d4e6f80-1a3b-4c5d-8e9f-0a1b2c3d4e07', 'M1', 'Mixed: White and Black Caribbean', 'M1 - Mixed: White and Black Caribbean', 'M1'),
  ('2d4e6f80-1a3b-4c5d-8e9f-0a1b2c3d4e08', 'O9', 'Other: Any other background', 'O9 - Other: Any other background', 'O9'),
  ('2d4e6f80-1a3b-4c5d-8e9f-0a1b2c3d4e09', 'NS', 'Prefer not to say', 'NS - Prefer not to say', 'NS');

-- +goose Down
DELETE FROM ethnicities;
DELETE FROM genders;
DELETE FROM supplier_locations;
DELETE FROM locations;
DELETE FROM suppliers;
