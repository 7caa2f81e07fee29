-- A report belongs to a programme (issue 15): Programme 387/QĐ-TTg or the emulation movement of
-- Decision 1315/QĐ-TTg, each dated by its own plans. The reports stored so far are Programme 387's.
-- A unit reports once per programme and period, so a city may send both for 2025.
ALTER TABLE ls_report ADD COLUMN programme VARCHAR(32) DEFAULT 'PROGRAMME_387' NOT NULL;
ALTER TABLE ls_report DROP CONSTRAINT ls_report_unit_period_uq;
ALTER TABLE ls_report ADD CONSTRAINT ls_report_unit_programme_period_uq
    UNIQUE (unit_id, programme, period_from, period_to);
