-- learning-society: the library's tables for PostgreSQL from version 0 to version 1.
-- Generated from learning-society-core's migrations (org/learningsociety/core/persistence/db/migration/) as the library's migrator runs them; do not edit.
-- For DBAs who run the migrations themselves, with learning-society.migrate-schema=false (docs/database.md).
-- Run after the previous version's script, in one transaction, e.g.
--   psql --single-transaction -v ON_ERROR_STOP=1 -d <database> -f V1__learning_society_schema.sql

-- The migrator's bookkeeping (created by the first script that runs)
CREATE TABLE IF NOT EXISTS ls_schema_history (version INTEGER NOT NULL PRIMARY KEY, description VARCHAR(200) NOT NULL, script VARCHAR(200) NOT NULL, checksum BIGINT NOT NULL, installed_on TIMESTAMP NOT NULL, execution_ms BIGINT NOT NULL);
CREATE TABLE IF NOT EXISTS ls_schema_lock (id INTEGER NOT NULL PRIMARY KEY);
INSERT INTO ls_schema_lock (id) SELECT 1 WHERE NOT EXISTS (SELECT id FROM ls_schema_lock WHERE id = 1);

-- V1__learning_society_schema.sql
-- The learning-society schema. Portable SQL: runs unchanged on H2 2.3 and PostgreSQL 14+.
-- Every object is prefixed ls_ so that it can share a schema with Camunda (ACT_*) and a host's tables.

-- Id reservation: one row per kind of id. A reservation of n ids is one UPDATE of its row, in a
-- short transaction of its own (see IdBlocks), so ids are consecutive, never handed out twice and
-- never wait for an import's transaction.
CREATE TABLE ls_id_block (
    name        VARCHAR(40) NOT NULL PRIMARY KEY,
    next_value  BIGINT      NOT NULL
);
INSERT INTO ls_id_block (name, next_value) VALUES ('unit', 1);
INSERT INTO ls_id_block (name, next_value) VALUES ('subject', 1);
INSERT INTO ls_id_block (name, next_value) VALUES ('registration', 1);
INSERT INTO ls_id_block (name, next_value) VALUES ('decision', 1);
INSERT INTO ls_id_block (name, next_value) VALUES ('commendation', 1);
INSERT INTO ls_id_block (name, next_value) VALUES ('criteria_set', 1);

-- Administrative units: one row per version of a unit.
CREATE TABLE ls_unit_version (
    unit_id     BIGINT       NOT NULL,
    valid_from  DATE         NOT NULL,
    valid_to    DATE,
    code        VARCHAR(20)  NOT NULL,
    name        VARCHAR(300) NOT NULL,
    unit_level  VARCHAR(16)  NOT NULL,
    parent_id   BIGINT,
    area_type   VARCHAR(40),
    CONSTRAINT ls_unit_version_pk PRIMARY KEY (unit_id, valid_from)
);
CREATE INDEX ls_unit_version_code_ix ON ls_unit_version (code, valid_from);
CREATE INDEX ls_unit_version_parent_ix ON ls_unit_version (parent_id);

CREATE TABLE ls_unit_succession (
    predecessor_id  BIGINT      NOT NULL,
    successor_id    BIGINT      NOT NULL,
    effective_on    DATE        NOT NULL,
    kind            VARCHAR(16) NOT NULL,
    CONSTRAINT ls_unit_succession_pk PRIMARY KEY (predecessor_id, successor_id, effective_on)
);
CREATE INDEX ls_unit_succession_successor_ix ON ls_unit_succession (successor_id);

-- Subjects of the learning models.
CREATE TABLE ls_subject (
    id           BIGINT       NOT NULL PRIMARY KEY,
    kind         VARCHAR(24)  NOT NULL,
    model        VARCHAR(16)  NOT NULL,
    unit_id      BIGINT       NOT NULL,
    name         VARCHAR(300) NOT NULL,
    external_id  VARCHAR(100) NOT NULL,
    -- external_id first: the import checks a batch of ids with external_id IN (...)
    CONSTRAINT ls_subject_external_id_uk UNIQUE (external_id, model)
);
CREATE INDEX ls_subject_unit_model_ix ON ls_subject (unit_id, model);

-- Plans, stored relationally; the children are replaced whole when a newer version is saved.
CREATE TABLE ls_plan (
    id               VARCHAR(100)  NOT NULL PRIMARY KEY,
    version          INTEGER       NOT NULL,
    status           VARCHAR(16),
    issuer           VARCHAR(300),
    number           VARCHAR(100),
    issued_on        DATE,
    issued_year      INTEGER       NOT NULL,
    title            VARCHAR(2000),
    scope_unit_code  VARCHAR(20),
    scope_level      VARCHAR(16),
    derivation_rule  VARCHAR(16)   NOT NULL,
    programme        VARCHAR(40)   NOT NULL,
    parent_id        VARCHAR(100)
);
CREATE INDEX ls_plan_scope_ix ON ls_plan (scope_unit_code);

CREATE TABLE ls_plan_legal_basis (
    plan_id  VARCHAR(100)  NOT NULL,
    seq      INTEGER       NOT NULL,
    line_text VARCHAR(4000) NOT NULL,
    CONSTRAINT ls_plan_legal_basis_pk PRIMARY KEY (plan_id, seq),
    CONSTRAINT ls_plan_legal_basis_plan_fk FOREIGN KEY (plan_id) REFERENCES ls_plan (id)
);

CREATE TABLE ls_plan_phase (
    plan_id    VARCHAR(100) NOT NULL,
    seq        INTEGER      NOT NULL,
    code       VARCHAR(40),
    from_year  INTEGER      NOT NULL,
    to_year    INTEGER      NOT NULL,
    CONSTRAINT ls_plan_phase_pk PRIMARY KEY (plan_id, seq),
    CONSTRAINT ls_plan_phase_plan_fk FOREIGN KEY (plan_id) REFERENCES ls_plan (id)
);

CREATE TABLE ls_plan_indicator (
    plan_id      VARCHAR(100)  NOT NULL,
    seq          INTEGER       NOT NULL,
    code         VARCHAR(100)  NOT NULL,
    name         VARCHAR(2000),
    model        VARCHAR(16),
    measured_in  VARCHAR(40),
    within_model VARCHAR(16),
    CONSTRAINT ls_plan_indicator_pk PRIMARY KEY (plan_id, seq),
    CONSTRAINT ls_plan_indicator_plan_fk FOREIGN KEY (plan_id) REFERENCES ls_plan (id)
);

CREATE TABLE ls_plan_target (
    plan_id       VARCHAR(100)  NOT NULL,
    seq           INTEGER       NOT NULL,
    indicator     VARCHAR(100)  NOT NULL,
    target_year   INTEGER       NOT NULL,
    area_type     VARCHAR(40),
    target_value  NUMERIC(12, 4),
    stated_as     VARCHAR(2000),
    CONSTRAINT ls_plan_target_pk PRIMARY KEY (plan_id, seq),
    CONSTRAINT ls_plan_target_plan_fk FOREIGN KEY (plan_id) REFERENCES ls_plan (id)
);

CREATE TABLE ls_plan_milestone (
    plan_id      VARCHAR(100)  NOT NULL,
    seq          INTEGER       NOT NULL,
    kind         VARCHAR(60),
    acting_level VARCHAR(40),
    from_date    DATE,
    to_date      DATE,
    month_day    VARCHAR(7),
    recurring    BOOLEAN       NOT NULL,
    stated_as    VARCHAR(2000),
    description  VARCHAR(4000),
    from_month_day VARCHAR(7),
    before_day   BOOLEAN       NOT NULL,
    from_year    INTEGER,
    to_year      INTEGER,
    CONSTRAINT ls_plan_milestone_pk PRIMARY KEY (plan_id, seq),
    CONSTRAINT ls_plan_milestone_plan_fk FOREIGN KEY (plan_id) REFERENCES ls_plan (id)
);

CREATE TABLE ls_plan_task (
    plan_id        VARCHAR(100)  NOT NULL,
    seq            INTEGER       NOT NULL,
    task_number    INTEGER       NOT NULL,
    name           VARCHAR(2000) NOT NULL,
    lead_by        VARCHAR(2000),
    timing         VARCHAR(2000),
    from_date      DATE,
    to_date        DATE,
    from_month_day VARCHAR(7),
    month_day      VARCHAR(7),
    recurring      BOOLEAN       NOT NULL,
    content        VARCHAR(4000),
    CONSTRAINT ls_plan_task_pk PRIMARY KEY (plan_id, seq),
    CONSTRAINT ls_plan_task_plan_fk FOREIGN KEY (plan_id) REFERENCES ls_plan (id)
);

-- Criteria set versions: immutable once stored.
CREATE TABLE ls_criteria_set (
    id                  BIGINT        NOT NULL PRIMARY KEY,
    set_key             VARCHAR(100)  NOT NULL,
    model               VARCHAR(16)   NOT NULL,
    version_name        VARCHAR(100),
    name                VARCHAR(1000),
    basis               VARCHAR(2000),
    valid_from_year     INTEGER       NOT NULL,
    official            BOOLEAN       NOT NULL,
    rule_minimum_total  INTEGER,
    rule_title          VARCHAR(300),
    rule_sample         BOOLEAN       NOT NULL,
    valid_to_year       INTEGER,
    scope_unit_code     VARCHAR(20),
    CONSTRAINT ls_criteria_set_key_uk UNIQUE (set_key)
);
CREATE INDEX ls_criteria_set_model_ix ON ls_criteria_set (model, valid_from_year);

CREATE TABLE ls_criterion (
    set_id          BIGINT        NOT NULL,
    seq             INTEGER       NOT NULL,
    code            VARCHAR(40),
    name            VARCHAR(2000),
    minimum_points  INTEGER       NOT NULL,
    sample          BOOLEAN       NOT NULL,
    CONSTRAINT ls_criterion_pk PRIMARY KEY (set_id, seq),
    CONSTRAINT ls_criterion_set_fk FOREIGN KEY (set_id) REFERENCES ls_criteria_set (id)
);

CREATE TABLE ls_criterion_indicator (
    set_id              BIGINT        NOT NULL,
    criterion_seq       INTEGER       NOT NULL,
    seq                 INTEGER       NOT NULL,
    code                VARCHAR(40),
    name                VARCHAR(2000),
    max_points          INTEGER       NOT NULL,
    evidence_required   BOOLEAN       NOT NULL,
    sample              BOOLEAN       NOT NULL,
    CONSTRAINT ls_criterion_indicator_pk PRIMARY KEY (set_id, criterion_seq, seq),
    CONSTRAINT ls_criterion_indicator_criterion_fk FOREIGN KEY (set_id, criterion_seq)
        REFERENCES ls_criterion (set_id, seq)
);

-- Decisions (recognition, commendation): never changed once issued.
CREATE TABLE ls_decision (
    id                BIGINT       NOT NULL PRIMARY KEY,
    kind              VARCHAR(16)  NOT NULL,
    number            VARCHAR(50)  NOT NULL,
    decision_date     DATE         NOT NULL,
    signer            VARCHAR(200) NOT NULL,
    issuing_unit_id   BIGINT       NOT NULL,
    decision_year     INTEGER      NOT NULL,
    model             VARCHAR(16),
    form              VARCHAR(32),
    CONSTRAINT ls_decision_number_uk UNIQUE (issuing_unit_id, decision_year, number)
);

-- A subject's year. Scores are kept in their compact text form (Scores.encode()).
CREATE TABLE ls_registration (
    id                      BIGINT        NOT NULL PRIMARY KEY,
    subject_id              BIGINT        NOT NULL,
    model                   VARCHAR(16)   NOT NULL,
    unit_id                 BIGINT        NOT NULL,
    record_year             INTEGER       NOT NULL,
    criteria_set_id         BIGINT        NOT NULL,
    registered_at           TIMESTAMP WITH TIME ZONE,
    status                  VARCHAR(16)   NOT NULL,
    self_scores             VARCHAR(4000),
    self_assessed_at        TIMESTAMP WITH TIME ZONE,
    self_assessed_late      BOOLEAN       NOT NULL,
    verified_scores         VARCHAR(4000),
    verifier                VARCHAR(200),
    verification_note       VARCHAR(4000),
    verified_at             TIMESTAMP WITH TIME ZONE,
    decision_id             BIGINT,
    non_recognition_reason  VARCHAR(4000),
    version                 INTEGER       NOT NULL,
    CONSTRAINT ls_registration_subject_year_uk UNIQUE (subject_id, record_year)
);
CREATE INDEX ls_registration_unit_ix ON ls_registration (unit_id, record_year, model, status);

CREATE TABLE ls_evidence (
    registration_id  BIGINT        NOT NULL,
    seq              INTEGER       NOT NULL,
    indicator        VARCHAR(40),
    reference        VARCHAR(1000),
    title            VARCHAR(1000),
    CONSTRAINT ls_evidence_pk PRIMARY KEY (registration_id, seq),
    CONSTRAINT ls_evidence_registration_fk FOREIGN KEY (registration_id) REFERENCES ls_registration (id)
);

-- Commendations of recognised subjects' years.
CREATE TABLE ls_commendation (
    id               BIGINT        NOT NULL PRIMARY KEY,
    registration_id  BIGINT        NOT NULL,
    form             VARCHAR(32)   NOT NULL,
    proposed_by      VARCHAR(200),
    proposed_at      TIMESTAMP WITH TIME ZONE,
    status           VARCHAR(16)   NOT NULL,
    decision_id      BIGINT,
    refusal_reason   VARCHAR(4000)
);
CREATE INDEX ls_commendation_registration_ix ON ls_commendation (registration_id);
INSERT INTO ls_schema_history (version, description, script, checksum, installed_on, execution_ms)
    VALUES (1, 'learning society schema', 'V1__learning_society_schema.sql', 4682144, CURRENT_TIMESTAMP, 0);
