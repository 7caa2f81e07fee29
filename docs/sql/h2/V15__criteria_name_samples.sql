-- learning-society: the library's tables for H2 from version 14 to version 15.
-- Generated from learning-society-core's migrations (org/learningsociety/core/persistence/db/migration/) as the library's migrator runs them; do not edit.
-- For DBAs who run the migrations themselves, with learning-society.migrate-schema=false (docs/database.md).
-- Run after the previous version's script, in one transaction, e.g.
--   java -cp h2.jar org.h2.tools.RunScript -url jdbc:h2:<database> -user <user> -script V15__criteria_name_samples.sql

-- The migrator's bookkeeping (created by the first script that runs)
CREATE TABLE IF NOT EXISTS ls_schema_history (version INTEGER NOT NULL PRIMARY KEY, description VARCHAR(200) NOT NULL, script VARCHAR(200) NOT NULL, checksum BIGINT NOT NULL, installed_on TIMESTAMP NOT NULL, execution_ms BIGINT NOT NULL);
CREATE TABLE IF NOT EXISTS ls_schema_lock (id INTEGER NOT NULL PRIMARY KEY);
INSERT INTO ls_schema_lock (id) SELECT 1 WHERE NOT EXISTS (SELECT id FROM ls_schema_lock WHERE id = 1);

-- V15__criteria_name_samples.sql
-- Whether a criterion's or an indicator's wording is the project's placeholder, not the issuing
-- decision's (the criteria files' nameSample). Sets stored before this version kept no such flag: the
-- shipped sample sets are marked as their files mark them (every indicator; every criterion but the
-- family set's, whose names render DOMAIN.md). A province's own sets keep false.
ALTER TABLE ls_criterion ADD COLUMN name_sample BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE ls_criterion_indicator ADD COLUMN name_sample BOOLEAN DEFAULT FALSE NOT NULL;

UPDATE ls_criterion_indicator SET name_sample = TRUE
WHERE set_id IN (SELECT id FROM ls_criteria_set WHERE official = FALSE AND set_key IN
    ('family-448-2015', 'clan-448-2015', 'community-448-2015', 'unit-448-2015', 'citizen-244-2022'));

UPDATE ls_criterion SET name_sample = TRUE
WHERE set_id IN (SELECT id FROM ls_criteria_set WHERE official = FALSE AND set_key IN
    ('clan-448-2015', 'community-448-2015', 'unit-448-2015', 'citizen-244-2022'));
INSERT INTO ls_schema_history (version, description, script, checksum, installed_on, execution_ms)
    VALUES (15, 'criteria name samples', 'V15__criteria_name_samples.sql', 534797989, CURRENT_TIMESTAMP, 0);
