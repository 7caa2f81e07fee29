package org.learningsociety.core.plan;

/** How one unit answers an entered indicator. */
public enum IndicatorAnswer {
    /** A numerator and a denominator (cadres trained of all cadres); a level sums both. */
    RATIO,
    /** Yes or no (the chair takes part in running the centre); a level reports the share of units answering yes. */
    YES_NO
}
