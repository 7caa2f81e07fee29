-- learning-society: the library's tables for H2 from version 1 to version 2.
-- Generated from learning-society-core's migrations (org/learningsociety/core/persistence/db/migration/) as the library's migrator runs them; do not edit.
-- For DBAs who run the migrations themselves, with learning-society.migrate-schema=false (docs/database.md).
-- Run after the previous version's script, in one transaction, e.g.
--   java -cp h2.jar org.h2.tools.RunScript -url jdbc:h2:<database> -user <user> -script V2__reports.sql

-- The migrator's bookkeeping (created by the first script that runs)
CREATE TABLE IF NOT EXISTS ls_schema_history (version INTEGER NOT NULL PRIMARY KEY, description VARCHAR(200) NOT NULL, script VARCHAR(200) NOT NULL, checksum BIGINT NOT NULL, installed_on TIMESTAMP NOT NULL, execution_ms BIGINT NOT NULL);
CREATE TABLE IF NOT EXISTS ls_schema_lock (id INTEGER NOT NULL PRIMARY KEY);
INSERT INTO ls_schema_lock (id) SELECT 1 WHERE NOT EXISTS (SELECT id FROM ls_schema_lock WHERE id = 1);

-- V2__reports.sql
-- Reports up the hierarchy: a level's yearly report and its 2021-2025 and 2021-2030 reviews.
-- Portable SQL for H2 and PostgreSQL, like V1.
INSERT INTO ls_id_block (name, next_value) VALUES ('report', 1);

-- One report of a unit for a period (a year: period_from = period_to; a phase: 2021-2025).
CREATE TABLE ls_report (
    id                BIGINT        NOT NULL PRIMARY KEY,
    unit_id           BIGINT        NOT NULL,
    unit_code         VARCHAR(20)   NOT NULL,
    unit_name         VARCHAR(200)  NOT NULL,
    unit_level        VARCHAR(16)   NOT NULL,
    parent_id         BIGINT,
    period_from       INTEGER       NOT NULL,
    period_to         INTEGER       NOT NULL,
    deadline          DATE,
    status            VARCHAR(16)   NOT NULL,
    late              BOOLEAN       NOT NULL,
    compiled_at       TIMESTAMP WITH TIME ZONE,
    submitted_at      TIMESTAMP WITH TIME ZONE,
    decided_at        TIMESTAMP WITH TIME ZONE,
    decided_by        VARCHAR(200),
    sent_back_reason  VARCHAR(4000),
    version           INTEGER       NOT NULL,
    CONSTRAINT ls_report_unit_period_uq UNIQUE (unit_id, period_from, period_to)
);
CREATE INDEX ls_report_parent_ix ON ls_report (parent_id, period_from, period_to);

-- The rows of a report: per model, the reporting unit (the total) and each child unit.
CREATE TABLE ls_report_line (
    report_id       BIGINT         NOT NULL,
    seq             INTEGER        NOT NULL,
    unit_code       VARCHAR(20)    NOT NULL,
    unit_name       VARCHAR(200)   NOT NULL,
    model           VARCHAR(16)    NOT NULL,
    subjects        BIGINT         NOT NULL,
    registered      BIGINT         NOT NULL,
    recognised      BIGINT         NOT NULL,
    rate            DECIMAL(7, 2),
    target          DECIMAL(7, 2),
    target_derived  BOOLEAN        NOT NULL,
    gap             DECIMAL(7, 2),
    unassigned      BIGINT         NOT NULL,
    PRIMARY KEY (report_id, seq)
);

-- The child units that had not reported when the report was compiled or sent.
CREATE TABLE ls_report_missing_child (
    report_id   BIGINT        NOT NULL,
    seq         INTEGER       NOT NULL,
    unit_code   VARCHAR(20)   NOT NULL,
    unit_name   VARCHAR(200)  NOT NULL,
    status      VARCHAR(16),
    timeliness  VARCHAR(16)   NOT NULL,
    PRIMARY KEY (report_id, seq)
);

-- The history section: units of the area that no longer exist on the report's date.
CREATE TABLE ls_report_past_unit (
    report_id   BIGINT         NOT NULL,
    seq         INTEGER        NOT NULL,
    code        VARCHAR(20)    NOT NULL,
    name        VARCHAR(200)   NOT NULL,
    unit_level  VARCHAR(16)    NOT NULL,
    last_day    DATE,
    went_into   VARCHAR(4000)  NOT NULL,
    PRIMARY KEY (report_id, seq)
);
INSERT INTO ls_schema_history (version, description, script, checksum, installed_on, execution_ms)
    VALUES (2, 'reports', 'V2__reports.sql', 1398867696, CURRENT_TIMESTAMP, 0);
