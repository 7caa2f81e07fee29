-- The row that loading reference data (the country's units, plans, criteria sets) locks FOR UPDATE in its
-- transaction: the nodes of a cluster starting together on an empty database then load it once; the later
-- waits for the earlier and finds what it stored, instead of storing a second copy of every unit.
CREATE TABLE ls_lock (
    name  VARCHAR(40)  NOT NULL PRIMARY KEY
);
INSERT INTO ls_lock (name) VALUES ('reference-data');
