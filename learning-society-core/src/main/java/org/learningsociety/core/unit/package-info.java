/**
 * Administrative units with a dated hierarchy: a unit's code, name, level and parent hold for a
 * period, and units merge wholly or partly into successors (the reform of 1 July 2025).
 */
package org.learningsociety.core.unit;
