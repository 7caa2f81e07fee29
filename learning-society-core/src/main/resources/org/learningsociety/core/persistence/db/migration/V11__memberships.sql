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
