-- learning-society: the library's tables for H2 from version 5 to version 6.
-- Generated from learning-society-core's migrations (org/learningsociety/core/persistence/db/migration/) as the library's migrator runs them; do not edit.
-- For DBAs who run the migrations themselves, with learning-society.migrate-schema=false (docs/database.md).
-- Run after the previous version's script, in one transaction, e.g.
--   java -cp h2.jar org.h2.tools.RunScript -url jdbc:h2:<database> -user <user> -script V6__registration_updates_in_place.sql

-- The migrator's bookkeeping (created by the first script that runs)
CREATE TABLE IF NOT EXISTS ls_schema_history (version INTEGER NOT NULL PRIMARY KEY, description VARCHAR(200) NOT NULL, script VARCHAR(200) NOT NULL, checksum BIGINT NOT NULL, installed_on TIMESTAMP NOT NULL, execution_ms BIGINT NOT NULL);
CREATE TABLE IF NOT EXISTS ls_schema_lock (id INTEGER NOT NULL PRIMARY KEY);
INSERT INTO ls_schema_lock (id) SELECT 1 WHERE NOT EXISTS (SELECT id FROM ls_schema_lock WHERE id = 1);

-- V6__registration_updates_in_place.sql
-- A registration is updated about three times a year (self-assessed, verified, recognised). Its
-- status, once the last column of the unit index, made every one of those updates write a new entry
-- into each of the table's three indexes. The per-unit counts (V5) answer by status now, so the
-- index keeps only what reads filter on. (PostgreSQL runs postgresql/V6__…, which also leaves room
-- on each page for the updated rows.)
DROP INDEX ls_registration_unit_ix;
CREATE INDEX ls_registration_unit_ix ON ls_registration (unit_id, record_year, model);
INSERT INTO ls_schema_history (version, description, script, checksum, installed_on, execution_ms)
    VALUES (6, 'registration updates in place', 'V6__registration_updates_in_place.sql', 3196304247, CURRENT_TIMESTAMP, 0);
