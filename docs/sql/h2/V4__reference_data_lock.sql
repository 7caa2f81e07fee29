-- learning-society: the library's tables for H2 from version 3 to version 4.
-- Generated from learning-society-core's migrations (org/learningsociety/core/persistence/db/migration/) as the library's migrator runs them; do not edit.
-- For DBAs who run the migrations themselves, with learning-society.migrate-schema=false (docs/database.md).
-- Run after the previous version's script, in one transaction, e.g.
--   java -cp h2.jar org.h2.tools.RunScript -url jdbc:h2:<database> -user <user> -script V4__reference_data_lock.sql

-- The migrator's bookkeeping (created by the first script that runs)
CREATE TABLE IF NOT EXISTS ls_schema_history (version INTEGER NOT NULL PRIMARY KEY, description VARCHAR(200) NOT NULL, script VARCHAR(200) NOT NULL, checksum BIGINT NOT NULL, installed_on TIMESTAMP NOT NULL, execution_ms BIGINT NOT NULL);
CREATE TABLE IF NOT EXISTS ls_schema_lock (id INTEGER NOT NULL PRIMARY KEY);
INSERT INTO ls_schema_lock (id) SELECT 1 WHERE NOT EXISTS (SELECT id FROM ls_schema_lock WHERE id = 1);

-- V4__reference_data_lock.sql
-- The row that loading reference data (the country's units, plans, criteria sets) locks FOR UPDATE in its
-- transaction: the nodes of a cluster starting together on an empty database then load it once; the later
-- waits for the earlier and finds what it stored, instead of storing a second copy of every unit.
CREATE TABLE ls_lock (
    name  VARCHAR(40)  NOT NULL PRIMARY KEY
);
INSERT INTO ls_lock (name) VALUES ('reference-data');
INSERT INTO ls_schema_history (version, description, script, checksum, installed_on, execution_ms)
    VALUES (4, 'reference data lock', 'V4__reference_data_lock.sql', 3997919382, CURRENT_TIMESTAMP, 0);
