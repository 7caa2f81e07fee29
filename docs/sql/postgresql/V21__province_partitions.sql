-- learning-society: the library's tables for PostgreSQL from version 20 to version 21.
-- Generated from learning-society-core's migrations (org/learningsociety/core/persistence/db/migration/) as the library's migrator runs them; do not edit.
-- For DBAs who run the migrations themselves, with learning-society.migrate-schema=false (docs/database.md).
-- Run after the previous version's script, in one transaction, e.g.
--   psql --single-transaction -v ON_ERROR_STOP=1 -d <database> -f V21__province_partitions.sql

-- The migrator's bookkeeping (created by the first script that runs)
CREATE TABLE IF NOT EXISTS ls_schema_history (version INTEGER NOT NULL PRIMARY KEY, description VARCHAR(200) NOT NULL, script VARCHAR(200) NOT NULL, checksum BIGINT NOT NULL, installed_on TIMESTAMP NOT NULL, execution_ms BIGINT NOT NULL);
CREATE TABLE IF NOT EXISTS ls_schema_lock (id INTEGER NOT NULL PRIMARY KEY);
INSERT INTO ls_schema_lock (id) SELECT 1 WHERE NOT EXISTS (SELECT id FROM ls_schema_lock WHERE id = 1);

-- V21__province_partitions.sql
-- Provinces as partitions (issue 19), PostgreSQL: subjects, registrations and evidence carry the code of
-- their unit's province (ls_unit_version.code of the PROVINCE above it, e.g. '31'), written with the row
-- from the village's province on the day it is written and never changed afterwards (a subject may move
-- to another village of its province only: docs/scaling.md). '' means no province was found above the
-- unit. Registrations and evidence become partitioned tables, by year (RANGE on record_year), then by
-- province (LIST on province_code), with a DEFAULT partition at each level so that a year or a province
-- without its own partition is still written. The existing rows are copied into the new tables with
-- their province, keeping their ids; the old tables are dropped. docs/database.md shows the layout,
-- docs/upgrading.md how long this takes. No sequence is involved: ids come from ls_id_block.
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

-- Subjects stay one table: their unique key (external_id, model) is national, and a key of a
-- partitioned table must include the partition key, so partitioning by province would only keep a
-- portal id unique within a province. The column and an index serve a province's queries.
ALTER TABLE ls_subject ADD COLUMN province_code VARCHAR(20) DEFAULT '' NOT NULL;
UPDATE ls_subject s SET province_code = p.province_code FROM ls_v21_province p WHERE p.unit_id = s.unit_id;
CREATE INDEX ls_subject_province_ix ON ls_subject (province_code, model);

-- The tables of V1 step aside under other names, their constraints and index too.
ALTER TABLE ls_evidence DROP CONSTRAINT ls_evidence_registration_fk;
ALTER TABLE ls_registration RENAME TO ls_registration_v20;
ALTER TABLE ls_registration_v20 RENAME CONSTRAINT ls_registration_pkey TO ls_registration_v20_pkey;
ALTER TABLE ls_registration_v20 RENAME CONSTRAINT ls_registration_subject_year_uk TO ls_registration_v20_uk;
ALTER INDEX ls_registration_unit_ix RENAME TO ls_registration_v20_unit_ix;
ALTER TABLE ls_evidence RENAME TO ls_evidence_v20;
ALTER TABLE ls_evidence_v20 RENAME CONSTRAINT ls_evidence_pk TO ls_evidence_v20_pk;

-- The new tables get their keys and indexes after the rows are in (below): built once, not row by row.
CREATE TABLE ls_registration (
    id                      BIGINT        NOT NULL,
    subject_id              BIGINT        NOT NULL,
    model                   VARCHAR(16)   NOT NULL,
    unit_id                 BIGINT        NOT NULL,
    record_year             INTEGER       NOT NULL,
    criteria_set_id         BIGINT        NOT NULL,
    registered_at           TIMESTAMP WITH TIME ZONE,
    status                  VARCHAR(16)   NOT NULL,
    self_scores             VARCHAR(4000),
    self_assessed_at        TIMESTAMP WITH TIME ZONE,
    self_assessed_late      BOOLEAN       NOT NULL,
    verified_scores         VARCHAR(4000),
    verifier                VARCHAR(200),
    verification_note       VARCHAR(4000),
    verified_at             TIMESTAMP WITH TIME ZONE,
    decision_id             BIGINT,
    non_recognition_reason  VARCHAR(4000),
    version                 INTEGER       NOT NULL,
    province_code           VARCHAR(20)   DEFAULT '' NOT NULL
) PARTITION BY RANGE (record_year);

-- Evidence carries its registration's year and province, which its key and its foreign key include,
-- so that an evidence row lies in the partition of the same year and province as its registration.
CREATE TABLE ls_evidence (
    registration_id  BIGINT        NOT NULL,
    seq              INTEGER       NOT NULL,
    indicator        VARCHAR(40),
    reference        VARCHAR(1000),
    title            VARCHAR(1000),
    record_year      INTEGER       NOT NULL,
    province_code    VARCHAR(20)   DEFAULT '' NOT NULL
) PARTITION BY RANGE (record_year);

-- Rows of a year with no partition of its own.
CREATE TABLE ls_registration_default PARTITION OF ls_registration DEFAULT WITH (fillfactor = 70);
CREATE TABLE ls_evidence_default PARTITION OF ls_evidence DEFAULT;

-- Adds the partitions of the years p_from..p_to: ls_registration_<year>, and under it one partition per
-- province, ls_registration_<year>_p<code>, and ls_registration_<year>_default; the same for ls_evidence.
-- The provinces are those of ls_unit_version in force today, those of p_provinces, and those of the rows
-- waiting in the year's DEFAULT partition. Partitions that exist are left alone, so it can run at any
-- time; rows that waited in a DEFAULT partition for their year's or province's own are moved into it.
-- The library runs it for this year and the next when it starts (SchemaMigrations); a DBA adds later
-- years, or a new province's partitions before its first cycle, with e.g.
--   SELECT ls_add_partitions(2030, 2030);
CREATE OR REPLACE FUNCTION ls_add_partitions(p_from INTEGER, p_to INTEGER, p_provinces TEXT[] DEFAULT '{}')
RETURNS INTEGER LANGUAGE plpgsql AS $$
DECLARE
    y INTEGER;
    p TEXT;
    created INTEGER := 0;
BEGIN
    CREATE TEMPORARY TABLE IF NOT EXISTS ls_moving_registration (LIKE ls_registration);
    CREATE TEMPORARY TABLE IF NOT EXISTS ls_moving_evidence (LIKE ls_evidence);
    FOR y IN p_from .. p_to LOOP
        IF to_regclass('ls_registration_' || y) IS NULL THEN
            INSERT INTO ls_moving_evidence SELECT * FROM ls_evidence_default WHERE record_year = y;
            INSERT INTO ls_moving_registration SELECT * FROM ls_registration_default WHERE record_year = y;
            DELETE FROM ls_evidence_default WHERE record_year = y;
            DELETE FROM ls_registration_default WHERE record_year = y;
            EXECUTE format('CREATE TABLE %I PARTITION OF ls_registration FOR VALUES FROM (%s) TO (%s) '
                || 'PARTITION BY LIST (province_code)', 'ls_registration_' || y, y, y + 1);
            EXECUTE format('CREATE TABLE %I PARTITION OF %I DEFAULT WITH (fillfactor = 70)',
                'ls_registration_' || y || '_default', 'ls_registration_' || y);
            EXECUTE format('CREATE TABLE %I PARTITION OF ls_evidence FOR VALUES FROM (%s) TO (%s) '
                || 'PARTITION BY LIST (province_code)', 'ls_evidence_' || y, y, y + 1);
            EXECUTE format('CREATE TABLE %I PARTITION OF %I DEFAULT', 'ls_evidence_' || y || '_default',
                'ls_evidence_' || y);
            created := created + 4;
        END IF;
        FOR p IN EXECUTE format('SELECT code FROM ls_unit_version WHERE unit_level = %L AND valid_from <= CURRENT_DATE '
                || 'AND (valid_to IS NULL OR valid_to >= CURRENT_DATE) UNION SELECT unnest($1) '
                || 'UNION SELECT province_code FROM %I UNION SELECT province_code FROM %I ORDER BY 1',
                'PROVINCE', 'ls_registration_' || y || '_default', 'ls_evidence_' || y || '_default')
                USING p_provinces LOOP
            IF p <> '' AND to_regclass(quote_ident('ls_registration_' || y || '_p' || p)) IS NULL THEN
                EXECUTE format('INSERT INTO ls_moving_evidence SELECT * FROM %I WHERE province_code = %L',
                    'ls_evidence_' || y || '_default', p);
                EXECUTE format('INSERT INTO ls_moving_registration SELECT * FROM %I WHERE province_code = %L',
                    'ls_registration_' || y || '_default', p);
                EXECUTE format('DELETE FROM %I WHERE province_code = %L', 'ls_evidence_' || y || '_default', p);
                EXECUTE format('DELETE FROM %I WHERE province_code = %L', 'ls_registration_' || y || '_default', p);
                EXECUTE format('CREATE TABLE %I PARTITION OF %I FOR VALUES IN (%L) WITH (fillfactor = 70)',
                    'ls_registration_' || y || '_p' || p, 'ls_registration_' || y, p);
                EXECUTE format('CREATE TABLE %I PARTITION OF %I FOR VALUES IN (%L)',
                    'ls_evidence_' || y || '_p' || p, 'ls_evidence_' || y, p);
                created := created + 2;
            END IF;
        END LOOP;
        INSERT INTO ls_registration SELECT * FROM ls_moving_registration;
        INSERT INTO ls_evidence SELECT * FROM ls_moving_evidence;
        DELETE FROM ls_moving_evidence;
        DELETE FROM ls_moving_registration;
    END LOOP;
    DROP TABLE ls_moving_evidence;
    DROP TABLE ls_moving_registration;
    RETURN created;
END
$$;

-- The years of the registrations there are, through this year and the two after, with a partition for
-- each province that has rows.
SELECT ls_add_partitions(LEAST(COALESCE((SELECT MIN(record_year) FROM ls_registration_v20), y), y),
    GREATEST(COALESCE((SELECT MAX(record_year) FROM ls_registration_v20), y), y) + 2,
    ARRAY(SELECT DISTINCT p.province_code FROM ls_v21_province p
          WHERE p.unit_id IN (SELECT unit_id FROM ls_registration_v20)))
FROM (SELECT CAST(EXTRACT(YEAR FROM CURRENT_DATE) AS INTEGER) AS y) this_year;

-- The rows, with their province, into the partitions; ids, versions and every column as they were.
INSERT INTO ls_registration
SELECT r.*, COALESCE(p.province_code, '') FROM ls_registration_v20 r
LEFT JOIN ls_v21_province p ON p.unit_id = r.unit_id;
INSERT INTO ls_evidence
SELECT e.*, v.record_year, COALESCE(p.province_code, '') FROM ls_evidence_v20 e
JOIN ls_registration_v20 v ON v.id = e.registration_id
LEFT JOIN ls_v21_province p ON p.unit_id = v.unit_id;

-- A key of a partitioned table includes its partition key: the primary key is (id, year, province),
-- still one row per id as ids come from ls_id_block; the one registration of a subject a year is
-- (subject_id, record_year, province_code), the same guarantee as long as a subject's village does not
-- change province within a year (a subject moves within its province only; a village that a reform
-- moves to another province in the middle of a cycle is the one case it no longer covers:
-- docs/database.md). Each is created on every partition, now and when one is added.
ALTER TABLE ls_registration ADD CONSTRAINT ls_registration_pkey PRIMARY KEY (id, record_year, province_code);
ALTER TABLE ls_registration ADD CONSTRAINT ls_registration_subject_year_uk
    UNIQUE (subject_id, record_year, province_code);
CREATE INDEX ls_registration_unit_ix ON ls_registration (unit_id, record_year, model);
ALTER TABLE ls_evidence ADD CONSTRAINT ls_evidence_pk PRIMARY KEY (registration_id, seq, record_year, province_code);
ALTER TABLE ls_evidence ADD CONSTRAINT ls_evidence_registration_fk FOREIGN KEY (registration_id, record_year,
    province_code) REFERENCES ls_registration (id, record_year, province_code);

DROP TABLE ls_evidence_v20;
DROP TABLE ls_registration_v20;
DROP TABLE ls_v21_province;
DROP TABLE ls_v21_unit;
ANALYZE ls_subject;
ANALYZE ls_registration;
ANALYZE ls_evidence;
INSERT INTO ls_schema_history (version, description, script, checksum, installed_on, execution_ms)
    VALUES (21, 'province partitions', 'V21__province_partitions.sql', 3432660853, CURRENT_TIMESTAMP, 0);
