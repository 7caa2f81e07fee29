/**
 * Plans (kế hoạch): their phases, indicators, yearly targets (stated or derived) and milestones
 * (reporting deadlines, review dates per level).
 */
package org.learningsociety.core.plan;
