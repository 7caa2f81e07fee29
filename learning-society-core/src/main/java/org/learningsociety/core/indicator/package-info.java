/**
 * The indicators of a plan as measured: the values a level enters (a numerator and a denominator,
 * or yes/no, per unit and year), the members counted for the citizen indicators, and the table a
 * report carries — every indicator of the plan in force, with its target, actual, gap and source,
 * per child unit.
 */
package org.learningsociety.core.indicator;
