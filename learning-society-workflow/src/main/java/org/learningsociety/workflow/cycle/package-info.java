/**
 * The yearly cycle on Camunda 7: thin delegates and the task listener that read process variables by
 * the names in {@link org.learningsociety.workflow.cycle.CycleVariables}, call one core service and
 * write results back; the candidate groups; the deadline expressions the BPMN's timers call
 * ({@code ${cycleDeadlines}}); the DMN commendation rule; the intake of self-assessments sent after a
 * window; the launcher of a commune's {@code annual-cycle}; and a village's open batch task, found
 * and completed for an officer from a portal's page ({@link org.learningsociety.workflow.cycle.VillageTasks}). Rules it owns: a task's form input
 * is refused in Vietnamese ({@link org.learningsociety.workflow.cycle.TaskRefusedException}); one cycle
 * per model, year and commune at a time. Wired by
 * {@link org.learningsociety.workflow.cycle.CycleAutoConfiguration}.
 */
package org.learningsociety.workflow.cycle;
