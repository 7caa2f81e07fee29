package org.learningsociety.core.report;

import java.time.LocalDate;
import org.learningsociety.core.unit.UnitLevel;

/**
 * A unit of the report's area that no longer exists on the report's date (a district abolished, a
 * commune merged in the 2025 reform): the history section of a report lists them and what they
 * went into.
 *
 * @param wentInto the names of today's units it went into, e.g. "Xã An Hưng, Xã An Lão"
 */
public record PastUnit(String code, String name, UnitLevel level, LocalDate lastDay, String wentInto) {
}
