package org.learningsociety.workflow.cycle;

import org.learningsociety.core.campaign.CycleKey;

/**
 * A check the {@link CampaignLauncher} makes before it starts a commune's cycle, beyond the plans: the
 * engine package's {@code PlainTimerDates} refuses a cycle whose deployed timers hold a plain date of
 * another year. Throws the core's {@code ConflictException} (a 409 with a Vietnamese {@code detail}) to refuse.
 */
@FunctionalInterface
public interface CycleStartCheck {

    /** Returns quietly when the cycle {@code key} may start; throws to refuse it. */
    void check(CycleKey key);
}
