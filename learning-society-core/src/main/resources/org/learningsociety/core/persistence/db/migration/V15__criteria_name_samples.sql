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
