package org.learningsociety.core.campaign;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;

/**
 * When a window of one commune's cycle closes, and on whose word.
 *
 * @param window the window that closes
 * @param date the day it closes on
 * @param before whether the work is due by the start of {@code date} ("trước ngày …") rather than its end
 * @param planId the plan whose milestone sets the day, or {@code null} when none does and the
 *     configured default applies
 * @param planNumber that plan's number (e.g. {@code 29/KH-KHKH}), or {@code null}
 * @param statedAs the plan's own words for the milestone, or {@code null}
 */
public record CycleDeadline(CyclePhase window, LocalDate date, boolean before, String planId, String planNumber,
        String statedAs) {

    /** Whether a plan's milestone sets the day, rather than the configured default. */
    public boolean fromPlan() {
        return planId != null;
    }

    /** The moment the window closes, local time: the start of the day when due before it, else its last second. */
    public LocalDateTime closesAt() {
        return before ? date.atStartOfDay() : date.atTime(LocalTime.of(23, 59, 59));
    }
}
