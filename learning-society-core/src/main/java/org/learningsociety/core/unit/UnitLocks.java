package org.learningsociety.core.unit;

/**
 * Lets writers that must act one at a time for a unit take turns, across threads and nodes (the
 * port; the persistence locks the unit's rows in the database until the current transaction ends).
 * Starting a commune's yearly cycle holds its commune this way, so that two simultaneous starts
 * cannot both pass the check that none is running.
 */
@FunctionalInterface
public interface UnitLocks {

    /** Takes no lock: for a single-threaded tool or a test. */
    UnitLocks NONE = code -> { };

    /**
     * Holds the unit with {@code code} until the surrounding transaction ends; a second holder waits
     * until then (or is refused when the database's lock timeout passes first). Must run inside a
     * transaction.
     */
    void hold(String code);
}
