-- learning-society: the library's tables for H2 from version 15 to version 16.
-- Generated from learning-society-core's migrations (org/learningsociety/core/persistence/db/migration/) as the library's migrator runs them; do not edit.
-- For DBAs who run the migrations themselves, with learning-society.migrate-schema=false (docs/database.md).
-- Run after the previous version's script, in one transaction, e.g.
--   java -cp h2.jar org.h2.tools.RunScript -url jdbc:h2:<database> -user <user> -script V16__criteria_subject_levels.sql

-- The migrator's bookkeeping (created by the first script that runs)
CREATE TABLE IF NOT EXISTS ls_schema_history (version INTEGER NOT NULL PRIMARY KEY, description VARCHAR(200) NOT NULL, script VARCHAR(200) NOT NULL, checksum BIGINT NOT NULL, installed_on TIMESTAMP NOT NULL, execution_ms BIGINT NOT NULL);
CREATE TABLE IF NOT EXISTS ls_schema_lock (id INTEGER NOT NULL PRIMARY KEY);
INSERT INTO ls_schema_lock (id) SELECT 1 WHERE NOT EXISTS (SELECT id FROM ls_schema_lock WHERE id = 1);

-- V16__criteria_subject_levels.sql
-- Criteria sets by subject level (issue 18): a set applies to a model AND the levels of the subjects'
-- units (a village community's set is not a commune's), and names who evaluates and who recognises per
-- subject level and period (ls_criteria_authority, from the criteria file's authorities).
--
-- Sets stored before this version are given the levels a file without subjectLevels gets
-- (CriteriaSet.defaultSubjectLevels): households, clans and persons of a village or commune, a village
-- community of the village only, a unit of any level. The shipped 448/QĐ-KHVN (2015) sets end in 2020
-- (DOMAIN.md: "the 2016–2020 criteria"), as their files now say; registrations keep the set they were
-- scored against. The shipped sets' authorities are stored as their files state them.
ALTER TABLE ls_criteria_set ADD COLUMN subject_levels VARCHAR(100);
UPDATE ls_criteria_set SET subject_levels = CASE model
    WHEN 'COMMUNITY' THEN 'VILLAGE'
    WHEN 'UNIT' THEN 'PROVINCE,DISTRICT,COMMUNE,VILLAGE'
    ELSE 'COMMUNE,VILLAGE' END;
ALTER TABLE ls_criteria_set ALTER COLUMN subject_levels SET NOT NULL;

UPDATE ls_criteria_set SET valid_to_year = 2020
WHERE valid_to_year IS NULL AND set_key IN ('family-448-2015', 'clan-448-2015', 'community-448-2015', 'unit-448-2015');

CREATE TABLE ls_criteria_authority (
    set_id             BIGINT        NOT NULL,
    seq                INTEGER       NOT NULL,
    subject_level      VARCHAR(16)   NOT NULL,
    valid_from         DATE,
    valid_until        DATE,
    evaluating_body    VARCHAR(32)   NOT NULL,
    evaluating_level   VARCHAR(16)   NOT NULL,
    evaluating_name    VARCHAR(300)  NOT NULL,
    recognising_body   VARCHAR(32)   NOT NULL,
    recognising_level  VARCHAR(16)   NOT NULL,
    recognising_name   VARCHAR(300)  NOT NULL,
    sample             BOOLEAN       NOT NULL,
    basis              VARCHAR(2000),
    CONSTRAINT ls_criteria_authority_pk PRIMARY KEY (set_id, seq),
    CONSTRAINT ls_criteria_authority_set_fk FOREIGN KEY (set_id) REFERENCES ls_criteria_set (id)
);

-- households, clans, persons, village communities: the commune's association evaluates, its People's
-- Committee recognises (DOMAIN.md), before and after the 2025 reform alike
INSERT INTO ls_criteria_authority (set_id, seq, subject_level, valid_from, valid_until, evaluating_body,
    evaluating_level, evaluating_name, recognising_body, recognising_level, recognising_name, sample, basis)
SELECT id, 0, 'VILLAGE', NULL, NULL, 'ASSOCIATION', 'COMMUNE', 'Hội Khuyến học cấp xã', 'PEOPLES_COMMITTEE',
    'COMMUNE', 'Ủy ban nhân dân cấp xã', FALSE, 'DOMAIN.md'
FROM ls_criteria_set WHERE set_key IN ('family-448-2015', 'clan-448-2015', 'community-448-2015', 'citizen-244-2022');

INSERT INTO ls_criteria_authority (set_id, seq, subject_level, valid_from, valid_until, evaluating_body,
    evaluating_level, evaluating_name, recognising_body, recognising_level, recognising_name, sample, basis)
SELECT id, 1, 'COMMUNE', NULL, NULL, 'ASSOCIATION', 'COMMUNE', 'Hội Khuyến học cấp xã', 'PEOPLES_COMMITTEE',
    'COMMUNE', 'Ủy ban nhân dân cấp xã', FALSE, 'DOMAIN.md'
FROM ls_criteria_set WHERE set_key IN ('family-448-2015', 'clan-448-2015', 'citizen-244-2022');

-- units: the level that manages the unit (DOMAIN.md); a unit of a village is the commune's
INSERT INTO ls_criteria_authority (set_id, seq, subject_level, valid_from, valid_until, evaluating_body,
    evaluating_level, evaluating_name, recognising_body, recognising_level, recognising_name, sample, basis)
SELECT id, 0, 'VILLAGE', NULL, NULL, 'ASSOCIATION', 'COMMUNE', 'Hội Khuyến học cấp xã', 'PEOPLES_COMMITTEE',
    'COMMUNE', 'Ủy ban nhân dân cấp xã', TRUE, 'DOMAIN.md: cấp quản lý đơn vị'
FROM ls_criteria_set WHERE set_key = 'unit-448-2015';

INSERT INTO ls_criteria_authority (set_id, seq, subject_level, valid_from, valid_until, evaluating_body,
    evaluating_level, evaluating_name, recognising_body, recognising_level, recognising_name, sample, basis)
SELECT id, 1, 'COMMUNE', NULL, NULL, 'ASSOCIATION', 'COMMUNE', 'Hội Khuyến học cấp xã', 'PEOPLES_COMMITTEE',
    'COMMUNE', 'Ủy ban nhân dân cấp xã', TRUE, 'DOMAIN.md: cấp quản lý đơn vị'
FROM ls_criteria_set WHERE set_key = 'unit-448-2015';

INSERT INTO ls_criteria_authority (set_id, seq, subject_level, valid_from, valid_until, evaluating_body,
    evaluating_level, evaluating_name, recognising_body, recognising_level, recognising_name, sample, basis)
SELECT id, 2, 'DISTRICT', NULL, DATE '2025-06-30', 'ASSOCIATION', 'DISTRICT', 'Hội Khuyến học cấp huyện',
    'PEOPLES_COMMITTEE', 'DISTRICT', 'Ủy ban nhân dân cấp huyện', TRUE, 'DOMAIN.md: cấp quản lý đơn vị'
FROM ls_criteria_set WHERE set_key = 'unit-448-2015';

INSERT INTO ls_criteria_authority (set_id, seq, subject_level, valid_from, valid_until, evaluating_body,
    evaluating_level, evaluating_name, recognising_body, recognising_level, recognising_name, sample, basis)
SELECT id, 3, 'PROVINCE', NULL, NULL, 'ASSOCIATION', 'PROVINCE', 'Hội Khuyến học cấp tỉnh', 'PEOPLES_COMMITTEE',
    'PROVINCE', 'Ủy ban nhân dân cấp tỉnh', TRUE, 'DOMAIN.md: cấp quản lý đơn vị'
FROM ls_criteria_set WHERE set_key = 'unit-448-2015';
INSERT INTO ls_schema_history (version, description, script, checksum, installed_on, execution_ms)
    VALUES (16, 'criteria subject levels', 'V16__criteria_subject_levels.sql', 1631435394, CURRENT_TIMESTAMP, 0);
