-- learning-society: the library's tables for H2, created empty at version 21.
-- Generated from learning-society-core's migrations (org/learningsociety/core/persistence/db/migration/) as the library's migrator runs them; do not edit.
-- For DBAs who run the migrations themselves, with learning-society.migrate-schema=false (docs/database.md).
-- Run once on an empty schema, in one transaction, e.g.
--   java -cp h2.jar org.h2.tools.RunScript -url jdbc:h2:<database> -user <user> -script create.sql

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

-- V3__audit_trail.sql
-- The audit trail: who changed what, when, from what to what and why. Append-only; only an
-- erasure of personal data (Decree 13/2023/NĐ-CP) blanks before_value, after_value and reason.
CREATE TABLE ls_audit (
    id            BIGINT        GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
    entity_type   VARCHAR(32)   NOT NULL,
    entity_id     BIGINT        NOT NULL,
    action        VARCHAR(40)   NOT NULL,
    actor         VARCHAR(200)  NOT NULL,
    occurred_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    before_value  VARCHAR(4000),
    after_value   VARCHAR(4000),
    reason        VARCHAR(4000)
);
CREATE INDEX ls_audit_entity_ix ON ls_audit (entity_type, entity_id, id);
INSERT INTO ls_schema_history (version, description, script, checksum, installed_on, execution_ms)
    VALUES (3, 'audit trail', 'V3__audit_trail.sql', 1914692198, CURRENT_TIMESTAMP, 0);

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

-- V6__registration_updates_in_place.sql
-- A registration is updated about three times a year (self-assessed, verified, recognised). Its
-- status, once the last column of the unit index, made every one of those updates write a new entry
-- into each of the table's three indexes. The per-unit counts (V5) answer by status now, so the
-- index keeps only what reads filter on. (PostgreSQL runs postgresql/V6__…, which also leaves room
-- on each page for the updated rows.)
DROP INDEX ls_registration_unit_ix;
CREATE INDEX ls_registration_unit_ix ON ls_registration (unit_id, record_year, model);
INSERT INTO ls_schema_history (version, description, script, checksum, installed_on, execution_ms)
    VALUES (6, 'registration updates in place', 'V6__registration_updates_in_place.sql', 3196304247, CURRENT_TIMESTAMP, 0);

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

-- V9__plan_indicator_sources.sql
-- How each of a plan's indicators is measured (issue 15): computed from the records, entered by a
-- level, or not measurable yet; whether a unit answers a ratio or yes/no; the plan's denominator in
-- words; for citizen indicators, the members counted. And the report period a one-off REPORT
-- milestone dates (Thái Bình's July 2030 for the 2021-2030 review).
ALTER TABLE ls_plan_indicator ADD COLUMN source VARCHAR(16);
ALTER TABLE ls_plan_indicator ADD COLUMN entered_by VARCHAR(16);
ALTER TABLE ls_plan_indicator ADD COLUMN answer VARCHAR(16);
ALTER TABLE ls_plan_indicator ADD COLUMN denominator VARCHAR(2000);
ALTER TABLE ls_plan_indicator ADD COLUMN member_role VARCHAR(16);
ALTER TABLE ls_plan_milestone ADD COLUMN report_period VARCHAR(9);
INSERT INTO ls_schema_history (version, description, script, checksum, installed_on, execution_ms)
    VALUES (9, 'plan indicator sources', 'V9__plan_indicator_sources.sql', 218279667, CURRENT_TIMESTAMP, 0);

-- V10__indicator_values.sql
-- The values a unit enters for the indicators its plan has it enter (issue 15): per unit, year and
-- indicator a numerator and a denominator (an indicator answered as a ratio) or yes/no, with a note,
-- who entered it last and when, under an optimistic version. The id is what the audit trail
-- (ls_audit, entity INDICATOR_VALUE) follows every change by.
CREATE TABLE ls_indicator_value (
    id              BIGINT        GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
    unit_id         BIGINT        NOT NULL,
    value_year      INTEGER       NOT NULL,
    indicator_code  VARCHAR(64)   NOT NULL,
    numerator       BIGINT,
    denominator     BIGINT,
    answer          BOOLEAN,
    note            VARCHAR(2000),
    entered_by      VARCHAR(200)  NOT NULL,
    entered_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    version         INTEGER       NOT NULL,
    CONSTRAINT ls_indicator_value_uq UNIQUE (unit_id, value_year, indicator_code),
    CONSTRAINT ls_indicator_value_answer_ck CHECK (
        (answer IS NULL AND numerator IS NOT NULL AND denominator IS NOT NULL
            AND numerator >= 0 AND numerator <= denominator)
        OR (answer IS NOT NULL AND numerator IS NULL AND denominator IS NULL))
);
INSERT INTO ls_schema_history (version, description, script, checksum, installed_on, execution_ms)
    VALUES (10, 'indicator values', 'V10__indicator_values.sql', 512376356, CURRENT_TIMESTAMP, 0);

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

-- V12__report_programme.sql
-- A report belongs to a programme (issue 15): Programme 387/QĐ-TTg or the emulation movement of
-- Decision 1315/QĐ-TTg, each dated by its own plans. The reports stored so far are Programme 387's.
-- A unit reports once per programme and period, so a city may send both for 2025.
ALTER TABLE ls_report ADD COLUMN programme VARCHAR(32) DEFAULT 'PROGRAMME_387' NOT NULL;
ALTER TABLE ls_report DROP CONSTRAINT ls_report_unit_period_uq;
ALTER TABLE ls_report ADD CONSTRAINT ls_report_unit_programme_period_uq
    UNIQUE (unit_id, programme, period_from, period_to);
INSERT INTO ls_schema_history (version, description, script, checksum, installed_on, execution_ms)
    VALUES (12, 'report programme', 'V12__report_programme.sql', 2451810569, CURRENT_TIMESTAMP, 0);

-- V13__event_outbox.sql
-- The transactional outbox of the library's domain events: each event is written here in the transaction
-- of the change that raised it and delivered to the host's listeners after commit, at least once (see
-- docs/reliability.md). event_id is the id a listener de-duplicates on; seq orders delivery. A row is
-- pending while delivered_at and failed_at are NULL; it is taken by the node whose claim token is in
-- claimed_by until available_at (its lease), after which any node may claim it again; a failed delivery
-- sets available_at to the next attempt. Delivered rows are deleted after the retention period.
CREATE TABLE ls_event_outbox (
    event_id      VARCHAR(36)    NOT NULL,
    seq           BIGINT         GENERATED BY DEFAULT AS IDENTITY,
    event_type    VARCHAR(100)   NOT NULL,
    occurred_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    recorded_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    payload       VARCHAR(20000) NOT NULL,
    subject_id    BIGINT,
    external_id   VARCHAR(100),
    unit_code     VARCHAR(20),
    model         VARCHAR(16),
    record_year   INTEGER,
    claimed_by    VARCHAR(36),
    available_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    attempts      INTEGER        NOT NULL,
    last_error    VARCHAR(2000),
    delivered_at  TIMESTAMP WITH TIME ZONE,
    failed_at     TIMESTAMP WITH TIME ZONE,
    CONSTRAINT ls_event_outbox_pk PRIMARY KEY (event_id)
);

-- the dispatchers' poll (delivered_at IS NULL AND available_at <= now) and the clean-up of delivered rows
CREATE INDEX ls_event_outbox_pending_ix ON ls_event_outbox (delivered_at, available_at);
INSERT INTO ls_schema_history (version, description, script, checksum, installed_on, execution_ms)
    VALUES (13, 'event outbox', 'V13__event_outbox.sql', 1139010876, CURRENT_TIMESTAMP, 0);

-- V14__plan_versions.sql
-- Every version a plan has had, with the YAML it was read from: the shipped files' versions stored at
-- start-up and the versions a province uploaded through the API (POST /plans). ls_plan holds the plan in
-- force (the newest version); this is its history, and the text a province downloads to edit. The audit
-- trail's records of plan changes point at a row here (entity_type PLAN_VERSION).
CREATE TABLE ls_plan_version (
    id            BIGINT        GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
    plan_id       VARCHAR(100)  NOT NULL,
    version       INTEGER       NOT NULL,
    origin        VARCHAR(16)   NOT NULL,
    content       VARCHAR(1000000) NOT NULL,
    content_sha256 VARCHAR(64)  NOT NULL,
    changed_by    VARCHAR(500)  NOT NULL,
    changed_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT ls_plan_version_uq UNIQUE (plan_id, version),
    CONSTRAINT ls_plan_version_origin_ck CHECK (origin IN ('SHIPPED', 'UPLOADED'))
);
INSERT INTO ls_schema_history (version, description, script, checksum, installed_on, execution_ms)
    VALUES (14, 'plan versions', 'V14__plan_versions.sql', 2163332298, CURRENT_TIMESTAMP, 0);

-- V15__criteria_name_samples.sql
-- Whether a criterion's or an indicator's wording is the project's placeholder, not the issuing
-- decision's (the criteria files' nameSample). Sets stored before this version kept no such flag: the
-- shipped sample sets are marked as their files mark them (every indicator; every criterion but the
-- family set's, whose names render DOMAIN.md). A province's own sets keep false.
ALTER TABLE ls_criterion ADD COLUMN name_sample BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE ls_criterion_indicator ADD COLUMN name_sample BOOLEAN DEFAULT FALSE NOT NULL;

UPDATE ls_criterion_indicator SET name_sample = TRUE
WHERE set_id IN (SELECT id FROM ls_criteria_set WHERE official = FALSE AND set_key IN
    ('family-448-2015', 'clan-448-2015', 'community-448-2015', 'unit-448-2015', 'citizen-244-2022'));

UPDATE ls_criterion SET name_sample = TRUE
WHERE set_id IN (SELECT id FROM ls_criteria_set WHERE official = FALSE AND set_key IN
    ('clan-448-2015', 'community-448-2015', 'unit-448-2015', 'citizen-244-2022'));
INSERT INTO ls_schema_history (version, description, script, checksum, installed_on, execution_ms)
    VALUES (15, 'criteria name samples', 'V15__criteria_name_samples.sql', 534797989, CURRENT_TIMESTAMP, 0);

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

-- V18__report_chains.sql
-- Two reporting chains (issue 18): a report goes up the state's line (People's Committee / steering
-- committee -> Department of Education, Department of Home Affairs -> provincial People's Committee
-- -> Ministry of Education) or the Study Promotion Association's (Hội Khuyến học xã -> tỉnh ->
-- Trung ương Hội), each with its own recipients and days from the plans.
--
-- The reports stored so far are the state's: they were submitted and reviewed by People's
-- Committees (the candidate groups ubnd<unit code>), whichever plan dated them. A unit now reports
-- once per programme, chain and period.
ALTER TABLE ls_report ADD COLUMN chain VARCHAR(16) DEFAULT 'STATE' NOT NULL;
ALTER TABLE ls_report DROP CONSTRAINT ls_report_unit_programme_period_uq;
ALTER TABLE ls_report ADD CONSTRAINT ls_report_unit_programme_chain_period_uq
    UNIQUE (unit_id, programme, chain, period_from, period_to);

-- A plan's report milestone names its chain and the body the report goes to, in the plan's words;
-- a milestone stored without a chain is the state's (NULL: the plan named none).
ALTER TABLE ls_plan_milestone ADD COLUMN report_chain VARCHAR(16);
ALTER TABLE ls_plan_milestone ADD COLUMN recipient VARCHAR(1000);
INSERT INTO ls_schema_history (version, description, script, checksum, installed_on, execution_ms)
    VALUES (18, 'report chains', 'V18__report_chains.sql', 3635952532, CURRENT_TIMESTAMP, 0);

-- V19__plan_task_items.sql
-- A plan's task table as trackable items (issue 18, tasks). The plan's task rows name their lead and
-- joining bodies by kind and level (each line: KIND|LEVEL,LEVEL|SET_BY|name as the plan words it).
ALTER TABLE ls_plan_task ADD COLUMN lead_bodies VARCHAR(4000);
ALTER TABLE ls_plan_task ADD COLUMN joining_bodies VARCHAR(4000);

-- One lead body's task of a plan in one unit and year, made when the unit's year is first read:
-- the due date the plan gives (none: never overdue), the status the body last set, who set it and
-- when, a note, under an optimistic version. The id is what the audit trail (ls_audit, entity
-- PLAN_TASK_ITEM) follows every change by.
CREATE TABLE ls_plan_task_item (
    id              BIGINT        GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
    plan_id         VARCHAR(100)  NOT NULL,
    plan_version    INTEGER       NOT NULL,
    task_number     INTEGER       NOT NULL,
    unit_id         BIGINT        NOT NULL,
    unit_code       VARCHAR(20)   NOT NULL,
    body            VARCHAR(32)   NOT NULL,
    item_year       INTEGER       NOT NULL,
    due_date        DATE,
    status          VARCHAR(16)   NOT NULL,
    set_by          VARCHAR(200),
    set_at          TIMESTAMP WITH TIME ZONE,
    note            VARCHAR(2000),
    version         INTEGER       NOT NULL,
    CONSTRAINT ls_plan_task_item_uq UNIQUE (unit_id, item_year, plan_id, task_number, body),
    CONSTRAINT ls_plan_task_item_plan_fk FOREIGN KEY (plan_id) REFERENCES ls_plan (id),
    CONSTRAINT ls_plan_task_item_status_ck CHECK (status IN ('NOT_STARTED', 'IN_PROGRESS', 'DONE'))
);
INSERT INTO ls_schema_history (version, description, script, checksum, installed_on, execution_ms)
    VALUES (19, 'plan task items', 'V19__plan_task_items.sql', 1177831032, CURRENT_TIMESTAMP, 0);

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

-- V21__province_partitions.sql
-- Provinces as partitions (issue 19): subjects, registrations and evidence carry the code of their
-- unit's province (ls_unit_version.code of the PROVINCE above it, e.g. '31'), written with the row from
-- the village's province on the day it is written and never changed afterwards (a subject may move to
-- another village of its province only: docs/scaling.md). On PostgreSQL registrations and evidence are
-- partitioned by year, then by province (postgresql/V21__…); H2 gets the columns and indexes only.
-- '' means no province was found above the unit (a unit tree without a province).
-- The province of each unit as this migration reads it: the unit's version in force today, or its last
-- version if it no longer exists (a village of before the 2025 reform), and the same for each parent up
-- to the province (at most four steps: village, commune, district, province). A unit with no province
-- above it gets '' (no province known). The library writes new rows the same way, with the day the row is
-- written instead of today (ProvinceCodes).
CREATE TABLE ls_v21_unit AS
SELECT v.unit_id, v.unit_level, v.code, v.parent_id FROM ls_unit_version v
WHERE v.valid_from = (SELECT MAX(w.valid_from) FROM ls_unit_version w
                      WHERE w.unit_id = v.unit_id AND w.valid_from <= CURRENT_DATE);
CREATE TABLE ls_v21_province (
    unit_id        BIGINT      NOT NULL PRIMARY KEY,
    province_code  VARCHAR(20) NOT NULL
);
INSERT INTO ls_v21_province (unit_id, province_code)
SELECT u.unit_id, COALESCE(
    CASE WHEN u.unit_level = 'PROVINCE' THEN u.code END,
    CASE WHEN p1.unit_level = 'PROVINCE' THEN p1.code END,
    CASE WHEN p2.unit_level = 'PROVINCE' THEN p2.code END,
    CASE WHEN p3.unit_level = 'PROVINCE' THEN p3.code END,
    CASE WHEN p4.unit_level = 'PROVINCE' THEN p4.code END, '')
FROM ls_v21_unit u
LEFT JOIN ls_v21_unit p1 ON p1.unit_id = u.parent_id
LEFT JOIN ls_v21_unit p2 ON p2.unit_id = p1.parent_id
LEFT JOIN ls_v21_unit p3 ON p3.unit_id = p2.parent_id
LEFT JOIN ls_v21_unit p4 ON p4.unit_id = p3.parent_id;

ALTER TABLE ls_subject ADD COLUMN province_code VARCHAR(20) DEFAULT '' NOT NULL;
UPDATE ls_subject s SET province_code = COALESCE(
    (SELECT p.province_code FROM ls_v21_province p WHERE p.unit_id = s.unit_id), '');
CREATE INDEX ls_subject_province_ix ON ls_subject (province_code, model);

ALTER TABLE ls_registration ADD COLUMN province_code VARCHAR(20) DEFAULT '' NOT NULL;
UPDATE ls_registration r SET province_code = COALESCE(
    (SELECT p.province_code FROM ls_v21_province p WHERE p.unit_id = r.unit_id), '');
CREATE INDEX ls_registration_province_ix ON ls_registration (record_year, province_code);

-- Evidence takes its registration's year and province (its key is the registration's).
ALTER TABLE ls_evidence ADD COLUMN record_year INTEGER;
ALTER TABLE ls_evidence ADD COLUMN province_code VARCHAR(20) DEFAULT '' NOT NULL;
UPDATE ls_evidence e SET record_year = (SELECT r.record_year FROM ls_registration r WHERE r.id = e.registration_id),
    province_code = (SELECT r.province_code FROM ls_registration r WHERE r.id = e.registration_id);
ALTER TABLE ls_evidence ALTER COLUMN record_year SET NOT NULL;

DROP TABLE ls_v21_province;
DROP TABLE ls_v21_unit;
INSERT INTO ls_schema_history (version, description, script, checksum, installed_on, execution_ms)
    VALUES (21, 'province partitions', 'V21__province_partitions.sql', 2634013772, CURRENT_TIMESTAMP, 0);
