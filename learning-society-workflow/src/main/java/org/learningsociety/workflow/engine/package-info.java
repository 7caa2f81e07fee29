/**
 * The engine's administration: what is deployed on start
 * ({@link org.learningsociety.workflow.engine.CycleDeploymentConfiguration}), the guard that checks an
 * edited BPMN before it is deployed, the migration of running cycles to a new version, the timeline of
 * the deployed timers, and the Vietnamese answers to two officers completing one task (an engine
 * plugin, and the REST API's 409). Rules it owns: a deployment that would break a running cycle is
 * refused; the loser of a task completed twice is told why. Wired by
 * {@link org.learningsociety.workflow.engine.EngineAutoConfiguration} and
 * {@link org.learningsociety.workflow.engine.CycleDeploymentAutoConfiguration}.
 */
package org.learningsociety.workflow.engine;
