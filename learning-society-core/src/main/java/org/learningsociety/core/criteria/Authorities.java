package org.learningsociety.core.criteria;

import java.time.LocalDate;
import java.util.Objects;
import org.learningsociety.core.unit.UnitLevel;

/**
 * Who evaluates and who recognises subjects of one level scored on a criteria set, for a period: the
 * criteria file's {@code authorities} entries (docs/reference-data.md).
 *
 * @param subjectLevel the level of the subjects' unit (a village for a village community, a commune for
 *     a commune as a learning community, the managing unit's for a unit)
 * @param from the first day it holds, or {@code null} for always before {@code until}
 * @param until the last day it holds, or {@code null} for no end
 * @param evaluates the body that evaluates (verifies) the self-assessment
 * @param recognises the body that recognises the title
 * @param sample whether the assignment is the project's assumption, not the issuing document's
 * @param basis where the assignment comes from, as the file states it
 */
public record Authorities(UnitLevel subjectLevel, LocalDate from, LocalDate until, Authority evaluates,
        Authority recognises, boolean sample, String basis) {

    public Authorities {
        Objects.requireNonNull(subjectLevel, "subjectLevel");
        Objects.requireNonNull(evaluates, "evaluates");
        Objects.requireNonNull(recognises, "recognises");
    }

    /** Whether it holds on {@code day}. */
    public boolean holdsOn(LocalDate day) {
        return (from == null || !day.isBefore(from)) && (until == null || !day.isAfter(until));
    }

    /** Whether its period and {@code other}'s share a day (both of the same subject level). */
    public boolean overlaps(Authorities other) {
        boolean endsBefore = until != null && other.from != null && until.isBefore(other.from);
        boolean startsAfter = from != null && other.until != null && from.isAfter(other.until);
        return subjectLevel == other.subjectLevel && !endsBefore && !startsAfter;
    }
}
