-- learning-society: the library's tables for PostgreSQL from version 8 to version 9.
-- Generated from learning-society-core's migrations (org/learningsociety/core/persistence/db/migration/) as the library's migrator runs them; do not edit.
-- For DBAs who run the migrations themselves, with learning-society.migrate-schema=false (docs/database.md).
-- Run after the previous version's script, in one transaction, e.g.
--   psql --single-transaction -v ON_ERROR_STOP=1 -d <database> -f V9__plan_indicator_sources.sql

-- The migrator's bookkeeping (created by the first script that runs)
CREATE TABLE IF NOT EXISTS ls_schema_history (version INTEGER NOT NULL PRIMARY KEY, description VARCHAR(200) NOT NULL, script VARCHAR(200) NOT NULL, checksum BIGINT NOT NULL, installed_on TIMESTAMP NOT NULL, execution_ms BIGINT NOT NULL);
CREATE TABLE IF NOT EXISTS ls_schema_lock (id INTEGER NOT NULL PRIMARY KEY);
INSERT INTO ls_schema_lock (id) SELECT 1 WHERE NOT EXISTS (SELECT id FROM ls_schema_lock WHERE id = 1);

-- V9__plan_indicator_sources.sql
-- How each of a plan's indicators is measured (issue 15): computed from the records, entered by a
-- level, or not measurable yet; whether a unit answers a ratio or yes/no; the plan's denominator in
-- words; for citizen indicators, the members counted. And the report period a one-off REPORT
-- milestone dates (Thái Bình's July 2030 for the 2021-2030 review).
ALTER TABLE ls_plan_indicator ADD COLUMN source VARCHAR(16);
ALTER TABLE ls_plan_indicator ADD COLUMN entered_by VARCHAR(16);
ALTER TABLE ls_plan_indicator ADD COLUMN answer VARCHAR(16);
ALTER TABLE ls_plan_indicator ADD COLUMN denominator VARCHAR(2000);
ALTER TABLE ls_plan_indicator ADD COLUMN member_role VARCHAR(16);
ALTER TABLE ls_plan_milestone ADD COLUMN report_period VARCHAR(9);
INSERT INTO ls_schema_history (version, description, script, checksum, installed_on, execution_ms)
    VALUES (9, 'plan indicator sources', 'V9__plan_indicator_sources.sql', 218279667, CURRENT_TIMESTAMP, 0);
