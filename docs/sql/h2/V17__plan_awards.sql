-- learning-society: the library's tables for H2 from version 16 to version 17.
-- Generated from learning-society-core's migrations (org/learningsociety/core/persistence/db/migration/) as the library's migrator runs them; do not edit.
-- For DBAs who run the migrations themselves, with learning-society.migrate-schema=false (docs/database.md).
-- Run after the previous version's script, in one transaction, e.g.
--   java -cp h2.jar org.h2.tools.RunScript -url jdbc:h2:<database> -user <user> -script V17__plan_awards.sql

-- The migrator's bookkeeping (created by the first script that runs)
CREATE TABLE IF NOT EXISTS ls_schema_history (version INTEGER NOT NULL PRIMARY KEY, description VARCHAR(200) NOT NULL, script VARCHAR(200) NOT NULL, checksum BIGINT NOT NULL, installed_on TIMESTAMP NOT NULL, execution_ms BIGINT NOT NULL);
CREATE TABLE IF NOT EXISTS ls_schema_lock (id INTEGER NOT NULL PRIMARY KEY);
INSERT INTO ls_schema_lock (id) SELECT 1 WHERE NOT EXISTS (SELECT id FROM ls_schema_lock WHERE id = 1);

-- V17__plan_awards.sql
-- The forms of award a plan names (issue 18, awards): the code commendations and decisions carry, the
-- name as the plan writes it, who gives it (body and level), whether the province issues it or only
-- proposes it upward, and its occasions (comma-separated: YEARLY, LIFELONG_LEARNING_WEEK, REVIEW).
-- Plans stored before this version have none until the loader stores their next version.
CREATE TABLE ls_plan_award (
    plan_id       VARCHAR(100)  NOT NULL,
    seq           INTEGER       NOT NULL,
    code          VARCHAR(32)   NOT NULL,
    name          VARCHAR(500)  NOT NULL,
    given_by      VARCHAR(500),
    given_level   VARCHAR(16),
    issuance      VARCHAR(32),
    occasions     VARCHAR(200)  NOT NULL,
    stated_as     VARCHAR(4000),
    CONSTRAINT ls_plan_award_pk PRIMARY KEY (plan_id, seq),
    CONSTRAINT ls_plan_award_plan_fk FOREIGN KEY (plan_id) REFERENCES ls_plan (id)
);
INSERT INTO ls_schema_history (version, description, script, checksum, installed_on, execution_ms)
    VALUES (17, 'plan awards', 'V17__plan_awards.sql', 2509134706, CURRENT_TIMESTAMP, 0);
