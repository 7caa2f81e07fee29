-- learning-society: the library's tables for PostgreSQL from version 11 to version 12.
-- Generated from learning-society-core's migrations (org/learningsociety/core/persistence/db/migration/) as the library's migrator runs them; do not edit.
-- For DBAs who run the migrations themselves, with learning-society.migrate-schema=false (docs/database.md).
-- Run after the previous version's script, in one transaction, e.g.
--   psql --single-transaction -v ON_ERROR_STOP=1 -d <database> -f V12__report_programme.sql

-- The migrator's bookkeeping (created by the first script that runs)
CREATE TABLE IF NOT EXISTS ls_schema_history (version INTEGER NOT NULL PRIMARY KEY, description VARCHAR(200) NOT NULL, script VARCHAR(200) NOT NULL, checksum BIGINT NOT NULL, installed_on TIMESTAMP NOT NULL, execution_ms BIGINT NOT NULL);
CREATE TABLE IF NOT EXISTS ls_schema_lock (id INTEGER NOT NULL PRIMARY KEY);
INSERT INTO ls_schema_lock (id) SELECT 1 WHERE NOT EXISTS (SELECT id FROM ls_schema_lock WHERE id = 1);

-- V12__report_programme.sql
-- A report belongs to a programme (issue 15): Programme 387/QĐ-TTg or the emulation movement of
-- Decision 1315/QĐ-TTg, each dated by its own plans. The reports stored so far are Programme 387's.
-- A unit reports once per programme and period, so a city may send both for 2025.
ALTER TABLE ls_report ADD COLUMN programme VARCHAR(32) DEFAULT 'PROGRAMME_387' NOT NULL;
ALTER TABLE ls_report DROP CONSTRAINT ls_report_unit_period_uq;
ALTER TABLE ls_report ADD CONSTRAINT ls_report_unit_programme_period_uq
    UNIQUE (unit_id, programme, period_from, period_to);
INSERT INTO ls_schema_history (version, description, script, checksum, installed_on, execution_ms)
    VALUES (12, 'report programme', 'V12__report_programme.sql', 2451810569, CURRENT_TIMESTAMP, 0);
