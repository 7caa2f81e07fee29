/**
 * The keys the library deploys into the portal's engine ({@link org.learningsociety.workflow.keys.LibraryKeys}):
 * processes, forms, the decision and the message, each namespaced {@code learning-society.<key>}. A package of
 * its own, depending on nothing, so that every concern of the starter (the cycle, the reports, the engine's
 * plugins) names the keys from one place without depending on another.
 */
package org.learningsociety.workflow.keys;
