/**
 * A plan's task table as trackable items: one per task, lead body, unit and year
 * ({@link org.learningsociety.core.plantask.PlanTaskItem}), created when a unit's year is first read,
 * with the due date the plan gives, an overdue flag, and a status only the responsible body sets,
 * audited ({@link org.learningsociety.core.plantask.PlanTaskTracking}).
 */
package org.learningsociety.core.plantask;
