/**
 * The Camunda 7 side of the yearly cycle: thin delegates and listeners that read process
 * variables by the names in {@link org.learningsociety.workflow.CycleVariables}, call one core
 * application service and write results back; the timeline of deployed timers; the guard that
 * checks an edited BPMN before it is deployed; the migration of running cycles; and the Spring
 * Boot auto-configuration that portals get by adding this starter.
 */
package org.learningsociety.workflow;
