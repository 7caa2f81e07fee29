package org.learningsociety.core.unit;

import java.time.LocalDate;

/**
 * A past unit going into a successor on {@code effectiveOn}: wholly (all its records follow) or
 * partly (its records stay with it until the portal re-assigns them).
 */
public record Succession(UnitId predecessor, UnitId successor, LocalDate effectiveOn, Kind kind) {

    public enum Kind {
        /** The whole unit went into the successor (Nhập toàn bộ, Giữ nguyên). */
        WHOLE,
        /** Part of the unit went into the successor (Nhập một phần). */
        PARTIAL
    }
}
