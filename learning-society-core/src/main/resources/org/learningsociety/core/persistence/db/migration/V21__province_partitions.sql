-- Provinces as partitions (issue 19): subjects, registrations and evidence carry the code of their
-- unit's province (ls_unit_version.code of the PROVINCE above it, e.g. '31'), written with the row from
-- the village's province on the day it is written and never changed afterwards (a subject may move to
-- another village of its province only: docs/scaling.md). On PostgreSQL registrations and evidence are
-- partitioned by year, then by province (postgresql/V21__…); H2 gets the columns and indexes only.
-- '' means no province was found above the unit (a unit tree without a province).
-- The province of each unit as this migration reads it: the unit's version in force today, or its last
-- version if it no longer exists (a village of before the 2025 reform), and the same for each parent up
-- to the province (at most four steps: village, commune, district, province). A unit with no province
-- above it gets '' (no province known). The library writes new rows the same way, with the day the row is
-- written instead of today (ProvinceCodes).
CREATE TABLE ls_v21_unit AS
SELECT v.unit_id, v.unit_level, v.code, v.parent_id FROM ls_unit_version v
WHERE v.valid_from = (SELECT MAX(w.valid_from) FROM ls_unit_version w
                      WHERE w.unit_id = v.unit_id AND w.valid_from <= CURRENT_DATE);
CREATE TABLE ls_v21_province (
    unit_id        BIGINT      NOT NULL PRIMARY KEY,
    province_code  VARCHAR(20) NOT NULL
);
INSERT INTO ls_v21_province (unit_id, province_code)
SELECT u.unit_id, COALESCE(
    CASE WHEN u.unit_level = 'PROVINCE' THEN u.code END,
    CASE WHEN p1.unit_level = 'PROVINCE' THEN p1.code END,
    CASE WHEN p2.unit_level = 'PROVINCE' THEN p2.code END,
    CASE WHEN p3.unit_level = 'PROVINCE' THEN p3.code END,
    CASE WHEN p4.unit_level = 'PROVINCE' THEN p4.code END, '')
FROM ls_v21_unit u
LEFT JOIN ls_v21_unit p1 ON p1.unit_id = u.parent_id
LEFT JOIN ls_v21_unit p2 ON p2.unit_id = p1.parent_id
LEFT JOIN ls_v21_unit p3 ON p3.unit_id = p2.parent_id
LEFT JOIN ls_v21_unit p4 ON p4.unit_id = p3.parent_id;

ALTER TABLE ls_subject ADD COLUMN province_code VARCHAR(20) DEFAULT '' NOT NULL;
UPDATE ls_subject s SET province_code = COALESCE(
    (SELECT p.province_code FROM ls_v21_province p WHERE p.unit_id = s.unit_id), '');
CREATE INDEX ls_subject_province_ix ON ls_subject (province_code, model);

ALTER TABLE ls_registration ADD COLUMN province_code VARCHAR(20) DEFAULT '' NOT NULL;
UPDATE ls_registration r SET province_code = COALESCE(
    (SELECT p.province_code FROM ls_v21_province p WHERE p.unit_id = r.unit_id), '');
CREATE INDEX ls_registration_province_ix ON ls_registration (record_year, province_code);

-- Evidence takes its registration's year and province (its key is the registration's).
ALTER TABLE ls_evidence ADD COLUMN record_year INTEGER;
ALTER TABLE ls_evidence ADD COLUMN province_code VARCHAR(20) DEFAULT '' NOT NULL;
UPDATE ls_evidence e SET record_year = (SELECT r.record_year FROM ls_registration r WHERE r.id = e.registration_id),
    province_code = (SELECT r.province_code FROM ls_registration r WHERE r.id = e.registration_id);
ALTER TABLE ls_evidence ALTER COLUMN record_year SET NOT NULL;

DROP TABLE ls_v21_province;
DROP TABLE ls_v21_unit;
