/**
 * The learning-society starter: the top auto-configuration that wires every core service on the
 * host's DataSource ({@link org.learningsociety.workflow.LearningSocietyAutoConfiguration}), the
 * settings ({@link org.learningsociety.workflow.LearningSocietyProperties}), the hook that adjusts the
 * library's MyBatis configuration, the Spring adapters of the core's ports (transactions, events, the
 * current actor) and the reference data loaded on start. Each other concern has a package of its own:
 * {@code cycle}, {@code engine}, {@code evidence}, {@code report}, {@code api}, {@code security},
 * {@code export}.
 */
package org.learningsociety.workflow;
