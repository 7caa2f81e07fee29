-- learning-society: the library's tables for PostgreSQL from version 5 to version 6.
-- Generated from learning-society-core's migrations (org/learningsociety/core/persistence/db/migration/) as the library's migrator runs them; do not edit.
-- For DBAs who run the migrations themselves, with learning-society.migrate-schema=false (docs/database.md).
-- Run after the previous version's script, in one transaction, e.g.
--   psql --single-transaction -v ON_ERROR_STOP=1 -d <database> -f V6__registration_updates_in_place.sql

-- The migrator's bookkeeping (created by the first script that runs)
CREATE TABLE IF NOT EXISTS ls_schema_history (version INTEGER NOT NULL PRIMARY KEY, description VARCHAR(200) NOT NULL, script VARCHAR(200) NOT NULL, checksum BIGINT NOT NULL, installed_on TIMESTAMP NOT NULL, execution_ms BIGINT NOT NULL);
CREATE TABLE IF NOT EXISTS ls_schema_lock (id INTEGER NOT NULL PRIMARY KEY);
INSERT INTO ls_schema_lock (id) SELECT 1 WHERE NOT EXISTS (SELECT id FROM ls_schema_lock WHERE id = 1);

-- V6__registration_updates_in_place.sql
-- A registration is updated about three times a year (self-assessed, verified, recognised). Its
-- status, once the last column of the unit index, made every one of those updates write a new entry
-- into each of the table's three indexes. The per-unit counts (V5) answer by status now, so the
-- index keeps only what reads filter on; with no indexed column changed and room left on the page
-- (fillfactor 70: new rows fill 70 % of a page), PostgreSQL writes the new version of the row beside
-- the old one and touches no index (a heap-only tuple). 3 x 200,000 versioned updates of 333 rows at a
-- time: 7.3-8.7 s before, 4.5 s after (docs/benchmarks.md). The setting applies to pages written from
-- now on; the table takes up to 1/0.7 of the space it did.
DROP INDEX ls_registration_unit_ix;
CREATE INDEX ls_registration_unit_ix ON ls_registration (unit_id, record_year, model);
ALTER TABLE ls_registration SET (fillfactor = 70);
INSERT INTO ls_schema_history (version, description, script, checksum, installed_on, execution_ms)
    VALUES (6, 'registration updates in place', 'V6__registration_updates_in_place.sql', 4205564423, CURRENT_TIMESTAMP, 0);
