/**
 * The engine's administration: how the library's files enter the engine (its own deployment,
 * {@link org.learningsociety.workflow.engine.LibraryDeployment}, and the
 * {@link org.learningsociety.workflow.engine.LibraryFilesFilter} that keeps them out of every other one), the
 * guard that checks an edited BPMN before it is deployed, in Java and inside the engine
 * ({@link org.learningsociety.workflow.engine.EngineDeploymentGuard}), the check of plain timer dates when a
 * cycle starts, the migration of running cycles to a new version, the timeline of the deployed timers, and the
 * Vietnamese answers to two officers completing one task of the library's processes (an engine plugin, and the
 * REST API's 409). Rules it owns: a deployment that would break a running cycle is refused; an administrator's
 * edit is not replaced by a library upgrade; the loser of a task completed twice is told why. Wired by
 * {@link org.learningsociety.workflow.engine.EngineAutoConfiguration} and
 * {@link org.learningsociety.workflow.engine.CycleDeploymentAutoConfiguration}.
 */
package org.learningsociety.workflow.engine;
