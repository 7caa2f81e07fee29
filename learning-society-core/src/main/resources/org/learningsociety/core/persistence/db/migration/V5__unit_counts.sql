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
