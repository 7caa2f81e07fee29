package org.learningsociety.core.attainment;

/** Counts of one model in one unit for one year. */
public record UnitCounts(long subjects, long registered, long recognised) {

    public static final UnitCounts ZERO = new UnitCounts(0, 0, 0);

    public UnitCounts plus(UnitCounts other) {
        return new UnitCounts(subjects + other.subjects, registered + other.registered, recognised + other.recognised);
    }
}
