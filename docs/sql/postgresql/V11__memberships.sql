-- learning-society: the library's tables for PostgreSQL from version 10 to version 11.
-- Generated from learning-society-core's migrations (org/learningsociety/core/persistence/db/migration/) as the library's migrator runs them; do not edit.
-- For DBAs who run the migrations themselves, with learning-society.migrate-schema=false (docs/database.md).
-- Run after the previous version's script, in one transaction, e.g.
--   psql --single-transaction -v ON_ERROR_STOP=1 -d <database> -f V11__memberships.sql

-- The migrator's bookkeeping (created by the first script that runs)
CREATE TABLE IF NOT EXISTS ls_schema_history (version INTEGER NOT NULL PRIMARY KEY, description VARCHAR(200) NOT NULL, script VARCHAR(200) NOT NULL, checksum BIGINT NOT NULL, installed_on TIMESTAMP NOT NULL, execution_ms BIGINT NOT NULL);
CREATE TABLE IF NOT EXISTS ls_schema_lock (id INTEGER NOT NULL PRIMARY KEY);
INSERT INTO ls_schema_lock (id) SELECT 1 WHERE NOT EXISTS (SELECT id FROM ls_schema_lock WHERE id = 1);

-- V11__memberships.sql
-- Member lists (issue 15): the citizens (PERSON subjects) who belong to a household, clan, village
-- community or organisation, each with a role (WORKER, CADRE, OTHER) and the days they belonged.
-- A membership is never deleted: ending it sets member_until, the first day it no longer holds
-- (NULL: a member still). A role that changes ends one row and starts another.
CREATE TABLE ls_membership (
    id            BIGINT       NOT NULL PRIMARY KEY,
    group_id      BIGINT       NOT NULL,
    person_id     BIGINT       NOT NULL,
    member_role   VARCHAR(16)  NOT NULL,
    member_from   DATE         NOT NULL,
    member_until  DATE,
    CONSTRAINT ls_membership_dates_ck CHECK (member_until IS NULL OR member_until >= member_from)
);
-- A group's list, and the citizen indicators' counts, which join a unit's groups to their members:
-- the group first, then what the counts read of each member (dates, role, person), so that the join
-- reads the index alone.
CREATE INDEX ls_membership_group_ix ON ls_membership (group_id, member_from, member_until, member_role, person_id);
-- The groups a citizen belongs to.
CREATE INDEX ls_membership_person_ix ON ls_membership (person_id);

INSERT INTO ls_id_block (name, next_value) VALUES ('membership', 1);
INSERT INTO ls_schema_history (version, description, script, checksum, installed_on, execution_ms)
    VALUES (11, 'memberships', 'V11__memberships.sql', 2048795716, CURRENT_TIMESTAMP, 0);
