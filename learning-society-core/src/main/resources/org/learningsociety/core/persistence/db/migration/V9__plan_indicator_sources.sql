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
