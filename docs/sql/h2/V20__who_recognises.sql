-- learning-society: the library's tables for H2 from version 19 to version 20.
-- Generated from learning-society-core's migrations (org/learningsociety/core/persistence/db/migration/) as the library's migrator runs them; do not edit.
-- For DBAs who run the migrations themselves, with learning-society.migrate-schema=false (docs/database.md).
-- Run after the previous version's script, in one transaction, e.g.
--   java -cp h2.jar org.h2.tools.RunScript -url jdbc:h2:<database> -user <user> -script V20__who_recognises.sql

-- The migrator's bookkeeping (created by the first script that runs)
CREATE TABLE IF NOT EXISTS ls_schema_history (version INTEGER NOT NULL PRIMARY KEY, description VARCHAR(200) NOT NULL, script VARCHAR(200) NOT NULL, checksum BIGINT NOT NULL, installed_on TIMESTAMP NOT NULL, execution_ms BIGINT NOT NULL);
CREATE TABLE IF NOT EXISTS ls_schema_lock (id INTEGER NOT NULL PRIMARY KEY);
INSERT INTO ls_schema_lock (id) SELECT 1 WHERE NOT EXISTS (SELECT id FROM ls_schema_lock WHERE id = 1);

-- V20__who_recognises.sql
-- Who recognises titles is the plans' to say (issue 18): a plan may name the body that issues the
-- yearly recognition decisions in its area (Thái Bình's association plan 29/KH-KHKH: "các cấp Hội …
-- công nhận các danh hiệu"), with the signature's words; a plan that does not say leaves the column
-- empty and its parent's word, else the People's Committee, applies.
ALTER TABLE ls_plan ADD COLUMN recognised_by VARCHAR(32);
ALTER TABLE ls_plan ADD COLUMN recognition_on_behalf_of VARCHAR(200);
ALTER TABLE ls_plan ADD COLUMN recognition_signer_title VARCHAR(200);
ALTER TABLE ls_plan ADD COLUMN recognition_stated_as VARCHAR(2000);

-- The body that issued a decision, kept as issued. Every decision before this version was issued by
-- the People's Committee of its unit (the only body the library knew).
ALTER TABLE ls_decision ADD COLUMN issuing_body VARCHAR(32) DEFAULT 'PEOPLES_COMMITTEE' NOT NULL;
INSERT INTO ls_schema_history (version, description, script, checksum, installed_on, execution_ms)
    VALUES (20, 'who recognises', 'V20__who_recognises.sql', 3910305749, CURRENT_TIMESTAMP, 0);
