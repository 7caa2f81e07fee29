/**
 * One side of a package cycle, on purpose: depends on {@code offenderright}, which depends back on it,
 * so that {@code ArchitectureTest} shows its cycle rule failing. Test code only.
 */
package org.learningsociety.core.offenderleft;
