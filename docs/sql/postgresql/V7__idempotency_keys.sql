-- learning-society: the library's tables for PostgreSQL from version 6 to version 7.
-- Generated from learning-society-core's migrations (org/learningsociety/core/persistence/db/migration/) as the library's migrator runs them; do not edit.
-- For DBAs who run the migrations themselves, with learning-society.migrate-schema=false (docs/database.md).
-- Run after the previous version's script, in one transaction, e.g.
--   psql --single-transaction -v ON_ERROR_STOP=1 -d <database> -f V7__idempotency_keys.sql

-- The migrator's bookkeeping (created by the first script that runs)
CREATE TABLE IF NOT EXISTS ls_schema_history (version INTEGER NOT NULL PRIMARY KEY, description VARCHAR(200) NOT NULL, script VARCHAR(200) NOT NULL, checksum BIGINT NOT NULL, installed_on TIMESTAMP NOT NULL, execution_ms BIGINT NOT NULL);
CREATE TABLE IF NOT EXISTS ls_schema_lock (id INTEGER NOT NULL PRIMARY KEY);
INSERT INTO ls_schema_lock (id) SELECT 1 WHERE NOT EXISTS (SELECT id FROM ls_schema_lock WHERE id = 1);

-- V7__idempotency_keys.sql
-- The Idempotency-Key a caller sent with a request (scoped to the caller, the method and the path), the
-- fingerprint of that request and, once answered, the answer, so that the request sent again is answered
-- again without running twice. The primary key makes claiming a key atomic across a cluster's nodes; keys
-- are forgotten a day after they were claimed (claimed_at indexed for that).
CREATE TABLE ls_idempotency_key (
    caller        VARCHAR(255)   NOT NULL,
    request       VARCHAR(1000)  NOT NULL,
    request_key   VARCHAR(255)   NOT NULL,
    fingerprint   VARCHAR(64)    NOT NULL,
    claimed_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    status        INTEGER,
    content_type  VARCHAR(255),
    location      VARCHAR(2000),
    body          BYTEA,
    CONSTRAINT ls_idempotency_key_pk PRIMARY KEY (caller, request, request_key)
);

CREATE INDEX ls_idempotency_key_claimed ON ls_idempotency_key (claimed_at);
INSERT INTO ls_schema_history (version, description, script, checksum, installed_on, execution_ms)
    VALUES (7, 'idempotency keys', 'V7__idempotency_keys.sql', 3945814085, CURRENT_TIMESTAMP, 0);
