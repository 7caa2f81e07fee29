package org.learningsociety.core.plan;

/** How a plan's targets are derived for years it states none for. */
public enum DerivationRule {
    /**
     * A straight line from the last stated year to the phase's end target; before a phase's first
     * stated year, the first stated value.
     */
    LINEAR,
    /** The last stated value carries forward until the next stated one. */
    STEP
}
