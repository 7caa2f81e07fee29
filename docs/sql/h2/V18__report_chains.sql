-- learning-society: the library's tables for H2 from version 17 to version 18.
-- Generated from learning-society-core's migrations (org/learningsociety/core/persistence/db/migration/) as the library's migrator runs them; do not edit.
-- For DBAs who run the migrations themselves, with learning-society.migrate-schema=false (docs/database.md).
-- Run after the previous version's script, in one transaction, e.g.
--   java -cp h2.jar org.h2.tools.RunScript -url jdbc:h2:<database> -user <user> -script V18__report_chains.sql

-- The migrator's bookkeeping (created by the first script that runs)
CREATE TABLE IF NOT EXISTS ls_schema_history (version INTEGER NOT NULL PRIMARY KEY, description VARCHAR(200) NOT NULL, script VARCHAR(200) NOT NULL, checksum BIGINT NOT NULL, installed_on TIMESTAMP NOT NULL, execution_ms BIGINT NOT NULL);
CREATE TABLE IF NOT EXISTS ls_schema_lock (id INTEGER NOT NULL PRIMARY KEY);
INSERT INTO ls_schema_lock (id) SELECT 1 WHERE NOT EXISTS (SELECT id FROM ls_schema_lock WHERE id = 1);

-- V18__report_chains.sql
-- Two reporting chains (issue 18): a report goes up the state's line (People's Committee / steering
-- committee -> Department of Education, Department of Home Affairs -> provincial People's Committee
-- -> Ministry of Education) or the Study Promotion Association's (Hội Khuyến học xã -> tỉnh ->
-- Trung ương Hội), each with its own recipients and days from the plans.
--
-- The reports stored so far are the state's: they were submitted and reviewed by People's
-- Committees (the candidate groups ubnd<unit code>), whichever plan dated them. A unit now reports
-- once per programme, chain and period.
ALTER TABLE ls_report ADD COLUMN chain VARCHAR(16) DEFAULT 'STATE' NOT NULL;
ALTER TABLE ls_report DROP CONSTRAINT ls_report_unit_programme_period_uq;
ALTER TABLE ls_report ADD CONSTRAINT ls_report_unit_programme_chain_period_uq
    UNIQUE (unit_id, programme, chain, period_from, period_to);

-- A plan's report milestone names its chain and the body the report goes to, in the plan's words;
-- a milestone stored without a chain is the state's (NULL: the plan named none).
ALTER TABLE ls_plan_milestone ADD COLUMN report_chain VARCHAR(16);
ALTER TABLE ls_plan_milestone ADD COLUMN recipient VARCHAR(1000);
INSERT INTO ls_schema_history (version, description, script, checksum, installed_on, execution_ms)
    VALUES (18, 'report chains', 'V18__report_chains.sql', 3635952532, CURRENT_TIMESTAMP, 0);
