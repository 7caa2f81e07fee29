-- learning-society: the library's tables for H2 from version 4 to version 5.
-- Generated from learning-society-core's migrations (org/learningsociety/core/persistence/db/migration/) as the library's migrator runs them; do not edit.
-- For DBAs who run the migrations themselves, with learning-society.migrate-schema=false (docs/database.md).
-- Run after the previous version's script, in one transaction, e.g.
--   java -cp h2.jar org.h2.tools.RunScript -url jdbc:h2:<database> -user <user> -script V5__unit_counts.sql

-- The migrator's bookkeeping (created by the first script that runs)
CREATE TABLE IF NOT EXISTS ls_schema_history (version INTEGER NOT NULL PRIMARY KEY, description VARCHAR(200) NOT NULL, script VARCHAR(200) NOT NULL, checksum BIGINT NOT NULL, installed_on TIMESTAMP NOT NULL, execution_ms BIGINT NOT NULL);
CREATE TABLE IF NOT EXISTS ls_schema_lock (id INTEGER NOT NULL PRIMARY KEY);
INSERT INTO ls_schema_lock (id) SELECT 1 WHERE NOT EXISTS (SELECT id FROM ls_schema_lock WHERE id = 1);

-- V5__unit_counts.sql
-- Per-unit counts, kept by the same transactions that write subjects and registrations (never by a
-- trigger: the library's own writes are the only writers), so that attainment reads a few rows per
-- unit instead of every subject and registration of the subtree. Filled from the rows once, here.

-- Subjects of a model in a unit, where they belong now.
CREATE TABLE ls_subject_count (
    unit_id  BIGINT       NOT NULL,
    model    VARCHAR(16)  NOT NULL,
    total    BIGINT       NOT NULL,
    CONSTRAINT ls_subject_count_pk PRIMARY KEY (unit_id, model)
);

INSERT INTO ls_subject_count (unit_id, model, total)
SELECT unit_id, model, COUNT(*) FROM ls_subject GROUP BY unit_id, model;

-- Registrations of a year and model made in a unit, by status.
CREATE TABLE ls_registration_count (
    unit_id      BIGINT       NOT NULL,
    record_year  INTEGER      NOT NULL,
    model        VARCHAR(16)  NOT NULL,
    status       VARCHAR(16)  NOT NULL,
    total        BIGINT       NOT NULL,
    CONSTRAINT ls_registration_count_pk PRIMARY KEY (unit_id, record_year, model, status)
);

INSERT INTO ls_registration_count (unit_id, record_year, model, status, total)
SELECT unit_id, record_year, model, status, COUNT(*) FROM ls_registration GROUP BY unit_id, record_year, model, status;
INSERT INTO ls_schema_history (version, description, script, checksum, installed_on, execution_ms)
    VALUES (5, 'unit counts', 'V5__unit_counts.sql', 103629900, CURRENT_TIMESTAMP, 0);
