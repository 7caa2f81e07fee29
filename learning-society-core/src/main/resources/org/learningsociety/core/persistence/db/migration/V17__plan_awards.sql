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
