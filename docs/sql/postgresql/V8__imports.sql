-- learning-society: the library's tables for PostgreSQL from version 7 to version 8.
-- Generated from learning-society-core's migrations (org/learningsociety/core/persistence/db/migration/) as the library's migrator runs them; do not edit.
-- For DBAs who run the migrations themselves, with learning-society.migrate-schema=false (docs/database.md).
-- Run after the previous version's script, in one transaction, e.g.
--   psql --single-transaction -v ON_ERROR_STOP=1 -d <database> -f V8__imports.sql

-- The migrator's bookkeeping (created by the first script that runs)
CREATE TABLE IF NOT EXISTS ls_schema_history (version INTEGER NOT NULL PRIMARY KEY, description VARCHAR(200) NOT NULL, script VARCHAR(200) NOT NULL, checksum BIGINT NOT NULL, installed_on TIMESTAMP NOT NULL, execution_ms BIGINT NOT NULL);
CREATE TABLE IF NOT EXISTS ls_schema_lock (id INTEGER NOT NULL PRIMARY KEY);
INSERT INTO ls_schema_lock (id) SELECT 1 WHERE NOT EXISTS (SELECT id FROM ls_schema_lock WHERE id = 1);

-- V8__imports.sql
-- Province-size imports run as jobs: their state, written at each step, so that any node can answer
-- where one stands. The refused rows (the first 1,000) are kept as text, one per line:
-- line, column, value and reason separated by tabs.
CREATE TABLE ls_import (
    id             BIGINT          NOT NULL PRIMARY KEY,
    model          VARCHAR(16)     NOT NULL,
    unit_code      VARCHAR(20),
    file_name      VARCHAR(255),
    status         VARCHAR(16)     NOT NULL,
    rows_checked   BIGINT          NOT NULL,
    rows_imported  BIGINT          NOT NULL,
    refused_count  BIGINT          NOT NULL,
    refused        VARCHAR(1000000),
    message        VARCHAR(4000),
    created_by     VARCHAR(200),
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    finished_at    TIMESTAMP WITH TIME ZONE
);

INSERT INTO ls_id_block (name, next_value) VALUES ('import', 1);
INSERT INTO ls_schema_history (version, description, script, checksum, installed_on, execution_ms)
    VALUES (8, 'imports', 'V8__imports.sql', 1316761758, CURRENT_TIMESTAMP, 0);
