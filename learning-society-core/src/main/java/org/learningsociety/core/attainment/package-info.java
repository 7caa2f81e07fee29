/** Attainment: how far a unit and each of its child units stand from the plan's target for a year and model. */
package org.learningsociety.core.attainment;
