package org.learningsociety.core.plan;

import org.learningsociety.core.unit.UnitLevel;

/** The unit a plan applies to (and, unless they have their own, the units below it). */
public record PlanScope(String unitCode, UnitLevel level) { }
