/**
 * The kinds of refusal the REST API answers ({@link org.learningsociety.workflow.problem.ProblemType}):
 * one stable problem {@code type} URI and {@code code} each, shared by the API's advice, the engine's
 * conflict advice and the security's entry point, none of which needs to know the others.
 */
package org.learningsociety.workflow.problem;
