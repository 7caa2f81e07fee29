package org.learningsociety.core.plan;

import java.math.BigDecimal;

/**
 * A target a plan states for an indicator and a year.
 *
 * @param areaType {@code null} for all areas, else the kind of area it applies to (e.g. MOUNTAINOUS)
 * @param statedAs the plan's own words, where useful
 */
public record Target(String indicator, int year, String areaType, BigDecimal value, String statedAs) { }
