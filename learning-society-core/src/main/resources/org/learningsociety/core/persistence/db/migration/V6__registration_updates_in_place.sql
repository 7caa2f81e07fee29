-- A registration is updated about three times a year (self-assessed, verified, recognised). Its
-- status, once the last column of the unit index, made every one of those updates write a new entry
-- into each of the table's three indexes. The per-unit counts (V5) answer by status now, so the
-- index keeps only what reads filter on. (PostgreSQL runs postgresql/V6__…, which also leaves room
-- on each page for the updated rows.)
DROP INDEX ls_registration_unit_ix;
CREATE INDEX ls_registration_unit_ix ON ls_registration (unit_id, record_year, model);
