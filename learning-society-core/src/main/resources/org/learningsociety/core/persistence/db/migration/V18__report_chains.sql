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
